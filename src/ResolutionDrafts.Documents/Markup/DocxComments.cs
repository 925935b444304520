using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Markup;

/// <summary>A comment on a paragraph of a draft, as the app stores it, to be written as a Word comment.</summary>
public sealed record DraftComment(string ParagraphId, string Author, string Text, DateTimeOffset At);

/// <summary>
/// Adds a draft's paragraph comments to a DOCX the exporters made of it (the clean text or a
/// comparison) as Word comments: each anchored on the whole paragraph it is about, found as a
/// marked-up file's paragraphs are found (<see cref="MarkupMatch"/> on the Accept All text, so a
/// comparison's paragraphs are those of the newer text). Comments on paragraphs the document does
/// not hold are left out. Reading the result back with <see cref="MarkupAmendments"/> puts every
/// comment on its paragraph again: the round trip closes in both directions.
/// </summary>
public static class DocxComments
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static byte[] Add(byte[] docx, Draft draft, IReadOnlyList<DraftComment> comments)
    {
        ArgumentNullException.ThrowIfNull(docx);
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(comments);
        if (comments.Count == 0)
        {
            return docx;
        }

        var document = MarkupReader.Read(docx);
        var units = MarkupMatch.Units(draft);
        var view = MarkupViews.AcceptAll(document);
        var match = MarkupMatch.Align(view.Select(p => MarkupText.Comparable(p.Text, false)).ToList(), units);
        var paragraphOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var v = 0; v < view.Count; v++)
        {
            if (match[v] >= 0 && !units[match[v]].IsLine)
            {
                paragraphOf.TryAdd(units[match[v]].Id, view[v].LastMarkupParagraph);
            }
        }

        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var word = WordprocessingDocument.Open(stream, true))
        {
            var main = word.MainDocumentPart!;
            XDocument xml;
            using (var part = main.GetStream(FileMode.Open, FileAccess.Read))
            using (var reader = XmlReader.Create(part, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null }))
            {
                xml = XDocument.Load(reader);
            }

            var paragraphs = MarkupReader.BodyParagraphs(xml.Root!.Element(W + "body")!).ToList();
            var written = new XElement(W + "comments", new XAttribute(XNamespace.Xmlns + "w", W));
            var id = 0;
            foreach (var comment in comments)
            {
                if (!paragraphOf.TryGetValue(comment.ParagraphId, out var index) || index >= paragraphs.Count)
                {
                    continue;
                }

                var p = paragraphs[index];
                var start = new XElement(W + "commentRangeStart", new XAttribute(W + "id", id));
                if (p.Element(W + "pPr") is { } properties)
                {
                    properties.AddAfterSelf(start);
                }
                else
                {
                    p.AddFirst(start);
                }

                p.Add(new XElement(W + "commentRangeEnd", new XAttribute(W + "id", id)),
                    new XElement(W + "r", new XElement(W + "commentReference", new XAttribute(W + "id", id))));
                written.Add(new XElement(W + "comment",
                    new XAttribute(W + "id", id), new XAttribute(W + "author", comment.Author), new XAttribute(W + "date", comment.At.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ")),
                    new XAttribute(W + "initials", Initials(comment.Author)),
                    comment.Text.Split('\n').Select(line => new XElement(W + "p", new XElement(W + "r", new XElement(W + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), line.TrimEnd('\r')))))));
                id++;
            }

            using (var part = main.GetStream(FileMode.Create, FileAccess.Write))
            {
                xml.Save(part);
            }

            var commentsPart = main.WordprocessingCommentsPart ?? main.AddNewPart<WordprocessingCommentsPart>();
            using (var part = commentsPart.GetStream(FileMode.Create, FileAccess.Write))
            {
                new XDocument(written).Save(part);
            }
        }

        return stream.ToArray();
    }

    private static string Initials(string author) =>
        new(author.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsLetter(w[0])).Take(3).Select(w => w[0]).ToArray());
}
