namespace Dateline.Core.Annotations;

/// <summary>Entity labels of the CoNLL-2003 scheme.</summary>
public enum EntityLabel : byte
{
    PER,
    ORG,
    LOC,
    MISC,
}
