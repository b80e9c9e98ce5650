using System.Collections.Immutable;
using Dateline.Core;
using Dateline.Core.Annotations;
using Dateline.Core.Pipeline;

namespace Dateline.Core.Tests;

public sealed class PipelineBuilderTests
{
    private static readonly LayerKey<Token> A = new("a");
    private static readonly LayerKey<Token> B = new("b");

    [Fact]
    public void Build_fails_when_a_required_layer_is_produced_later()
    {
        var builder = new PipelineBuilder()
            .Add(new FakeStage("needs-a", [A], [B]))
            .Add(new FakeStage("makes-a", [], [A]));

        var error = Assert.Throws<PipelineException>(() => builder.Build());
        Assert.Contains("needs-a", error.Message, StringComparison.Ordinal);
        Assert.Contains("'a'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_accepts_stages_in_dependency_order_and_runs_them_in_that_order()
    {
        var pipeline = new PipelineBuilder()
            .Add(new FakeStage("makes-a", [], [A]))
            .Add(new FakeStage("needs-a", [A], [B]))
            .Build();

        var document = pipeline.Process(Sample());

        Assert.Single(document.Get(A));
        Assert.Single(document.Get(B));
        Assert.Equal(["makes-a", "needs-a"], pipeline.Stages.Select(s => s.Name));
    }

    [Fact]
    public void Insert_before_places_a_stage_ahead_of_the_named_type()
    {
        var builder = new PipelineBuilder().Add(new FakeStage("second", [A], []));
        builder.InsertBefore<FakeStage>(new FakeStage("first", [], [A]));

        Assert.Equal(["first", "second"], builder.Stages.Select(s => s.Name));
        builder.Build();
    }

    [Fact]
    public void A_failing_stage_is_recorded_and_later_stages_still_run()
    {
        var pipeline = new PipelineBuilder()
            .Add(new ThrowingStage())
            .Add(new FakeStage("makes-a", [], [A]))
            .Build();

        var document = pipeline.Process(Sample());

        var problem = Assert.Single(document.Problems);
        Assert.Equal("boom", problem.Stage);
        Assert.Single(document.Get(A));
    }

    [Fact]
    public void Process_many_keeps_input_order_in_parallel()
    {
        var pipeline = new PipelineBuilder().Add(new FakeStage("makes-a", [], [A])).Build();
        var inputs = Enumerable.Range(0, 200).ToArray();

        var outputs = pipeline.ProcessMany(
            inputs,
            i => new Document(i.ToString(System.Globalization.CultureInfo.InvariantCulture), "text " + i, new DocumentSource("mem", "text", i, 1)),
            (i, d) => (i, d!.Id),
            parallelism: 4).ToArray();

        Assert.Equal(inputs, outputs.Select(o => o.i));
        Assert.All(outputs, o => Assert.Equal(o.i.ToString(System.Globalization.CultureInfo.InvariantCulture), o.Id));
    }

    private static Document Sample() => new("d1", "Some text.", new DocumentSource("mem", "text", 0, 1));

    private sealed class FakeStage(string name, LayerKey[] requires, LayerKey<Token>[] produces) : IDocumentStage
    {
        public string Name => name;

        public StageInfo Info { get; } = StageInfo.Create(requires, [.. produces]);

        public Document Process(Document document, CancellationToken cancellationToken)
        {
            foreach (var key in produces)
            {
                document = document.With(key, ImmutableArray.Create(new Token(new TextSpan(0, 4), TokenKind.Word)));
            }

            return document;
        }
    }

    private sealed class ThrowingStage : IDocumentStage
    {
        public string Name => "boom";

        public StageInfo Info { get; } = StageInfo.Create([], []);

        public Document Process(Document document, CancellationToken cancellationToken) => throw new InvalidOperationException("bad");
    }
}
