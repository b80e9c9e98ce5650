using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dateline.Core;
using Dateline.Core.Annotations;
using Dateline.Core.Serialization;

namespace Dateline;

/// <summary>
/// Typed access to the layers of an analysed <see cref="Document"/> (<c>document.Quotes</c>,
/// <c>document.Entities</c>, ...), the text of an annotation, and the documented JSON (<c>document.ToJson()</c>).
/// Every span is half-open, in UTF-16 code units of <see cref="Document.Text"/>.
/// </summary>
public static class DocumentLayers
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="document">An analysed document.</param>
    extension(Document document)
    {
        /// <summary>The article's parts: headline, byline, authors, agency, timestamp, dateline, captions, paragraphs (<c>null</c> before analysis).</summary>
        public ArticleStructure? Structure => document.Get(Layers.Structure);

        /// <summary>The sentences, in text order.</summary>
        public ImmutableArray<Sentence> Sentences => document.Get(Layers.Sentences);

        /// <summary>The tokens, in text order.</summary>
        public ImmutableArray<Token> Tokens => document.Get(Layers.Tokens);

        /// <summary>The named-entity mentions (people, organisations, places, other names), in text order.</summary>
        public ImmutableArray<Mention> Mentions => document.Get(Layers.Mentions);

        /// <summary>The entities: mentions merged by alias ("Sessions" = "Jeff Sessions"), with their canonical names.</summary>
        public ImmutableArray<Entity> Entities => document.Get(Layers.Entities);

        /// <summary>The quotations (direct, partial, indirect) with their cues and speakers.</summary>
        public ImmutableArray<Quote> Quotes => document.Get(Layers.Quotes);

        /// <summary>The time expressions with their normalised values, resolved against the article's date.</summary>
        public ImmutableArray<TimeExpression> Times => document.Get(Layers.Times);

        /// <summary>What a quote says: the text of its content span.</summary>
        /// <param name="quote">A quote of this document.</param>
        /// <returns>The quoted text.</returns>
        public string TextOf(Quote quote)
        {
            ArgumentNullException.ThrowIfNull(quote);
            return document.GetText(quote.Content);
        }

        /// <summary>Who said a quote: the resolved entity's name, else the speaker's words in the text, else <c>null</c>.</summary>
        /// <param name="quote">A quote of this document.</param>
        /// <returns>The speaker, or <c>null</c> when the quote has none.</returns>
        public string? SpeakerOf(Quote quote)
        {
            ArgumentNullException.ThrowIfNull(quote);
            return quote.Speaker is { } speaker ? speaker.Name ?? document.GetText(speaker.Span) : null;
        }

        /// <summary>The entity a mention belongs to, or <c>null</c>.</summary>
        /// <param name="mentionIndex">The index of the mention in <c>Mentions</c>.</param>
        /// <returns>The entity holding that mention.</returns>
        public Entity? EntityOf(int mentionIndex) => document.Get(Layers.Entities).FirstOrDefault(e => e.Mentions.Contains(mentionIndex));

        /// <summary>
        /// The document as the JSON object of <c>dateline analyze --json</c> (one line, documented in
        /// <see cref="DocumentJson"/>): the same bytes the tool prints for the same document.
        /// </summary>
        /// <returns>The JSON text, without a line break.</returns>
        public string ToJson()
        {
            var buffer = new ArrayBufferWriter<byte>(4096);
            using (var writer = new Utf8JsonWriter(buffer, JsonOptions))
            {
                DocumentJson.Write(writer, document);
            }

            return Encoding.UTF8.GetString(buffer.WrittenSpan);
        }
    }
}
