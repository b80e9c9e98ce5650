namespace Dateline.Store.Stories;

/// <summary>A store backend that keeps stories (docs/stories.md).</summary>
public interface IStoryBacked
{
    IStoryStore Stories { get; }
}
