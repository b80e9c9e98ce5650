using Dateline.Store.Stories;

namespace Dateline.Store.Tests;

public sealed class StoryStoreTests : IDisposable
{
    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Ingest_puts_outlets_covering_one_event_in_one_story_and_copies_in_their_originals_story()
    {
        using (var store = _temp.Create())
        {
            using var writer = store.OpenWriter();
            writer.Write(StoryCorpus.Documents());
        }

        using var reader = _temp.OpenReadOnly();
        var stories = StoryStores.Of(reader);
        StoryCorpus.AssertIngested(stories);
    }

    [Fact]
    public void Articles_written_in_separate_batches_and_a_rebuild_give_the_same_stories()
    {
        using (var store = _temp.Create())
        {
            foreach (var document in StoryCorpus.Documents())
            {
                using var writer = store.OpenWriter();
                writer.Write([document]);
            }
        }

        using var reopened = _temp.Create();
        var stories = StoryStores.Of(reopened);
        StoryCorpus.AssertRebuildKeepsStories(stories);
    }
}
