namespace Dateline.Core.Pipeline;

/// <summary>The pipeline cannot be built as described (a stage needs a layer no earlier stage produces).</summary>
public sealed class PipelineException : Exception
{
    public PipelineException()
    {
    }

    public PipelineException(string message)
        : base(message)
    {
    }

    public PipelineException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
