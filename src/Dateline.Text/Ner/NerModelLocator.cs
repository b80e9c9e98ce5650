namespace Dateline.Text.Ner;

/// <summary>Finds the shipped model file <c>models/ner-en.bin</c>: beside the application, or in a repository above it.</summary>
public static class NerModelLocator
{
    public const string RelativePath = "models/ner-en.bin";

    /// <summary>The environment variable that names a model file explicitly.</summary>
    public const string EnvironmentVariable = "DATELINE_NER_MODEL";

    private static readonly ModelFile File = new(RelativePath, EnvironmentVariable);

    /// <summary>The places looked at, in order (<see cref="ModelFile.Candidates"/>).</summary>
    public static IEnumerable<string> Candidates() => File.Candidates();

    /// <summary>The first existing candidate, or <c>null</c>.</summary>
    public static string? Find() => File.Find();
}
