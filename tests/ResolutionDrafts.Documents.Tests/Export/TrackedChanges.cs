using System.Text;
using System.Xml.Linq;
using static ResolutionDrafts.Documents.Tests.Export.DocxFile;

namespace ResolutionDrafts.Documents.Tests.Export;

/// <summary>
/// Word's Accept All and Reject All, done on the XML: accepting drops w:del and keeps the content
/// of w:ins; rejecting does the reverse. A paragraph whose mark is deleted (accepting) or inserted
/// (rejecting) is merged into the paragraph after it, as Word does. Then each paragraph is read as
/// text, with footnote references written as [^note text] so two documents that number their notes
/// differently still compare equal.
/// </summary>
internal static class TrackedChanges
{
    public static IReadOnlyList<string> AcceptAll(DocxFile file) => Resolve(file, accept: true);

    public static IReadOnlyList<string> RejectAll(DocxFile file) => Resolve(file, accept: false);

    /// <summary>The paragraphs of a document without tracked changes, read the same way.</summary>
    public static IReadOnlyList<string> Paragraphs(DocxFile file) => Resolve(file, accept: true);

    private static IReadOnlyList<string> Resolve(DocxFile file, bool accept)
    {
        var body = new XElement(file.Body);
        var footnotes = new XElement(file.Footnotes.Root!);
        Apply(body, accept);
        Apply(footnotes, accept);
        var noteTexts = footnotes.Elements(W + "footnote")
            .Where(f => f.Attribute(W + "type") is null)
            .ToDictionary(f => f.Attribute(W + "id")!.Value, f => ReadParagraph(f.Element(W + "p")!, null, null).TrimStart('\t'));
        var bookmarks = BookmarkedNotes(body);
        return body.Descendants(W + "p").Select(p => ReadParagraph(p, noteTexts, bookmarks)).ToList();
    }

    private static void Apply(XElement root, bool accept)
    {
        var drop = accept ? "del" : "ins";
        var keep = accept ? "ins" : "del";

        // A move is a deletion where it was and an insertion where it went, as Word accepts or rejects it.
        foreach (var move in root.Descendants().Where(e => e.Name == W + "moveFrom" || e.Name == W + "moveTo").ToList())
        {
            move.Name = W + (move.Name == W + "moveFrom" ? "del" : "ins");
        }

        root.Descendants().Where(e => e.Name.LocalName is "moveFromRangeStart" or "moveFromRangeEnd" or "moveToRangeStart" or "moveToRangeEnd").Remove();

        // A table row tracked as added or removed (w:trPr/w:ins, w:del) goes whole, as Word accepts or rejects it.
        root.Descendants(W + "tr").Where(r => r.Element(W + "trPr")?.Element(W + drop) is not null).ToList().Remove();
        root.Descendants(W + "trPr").Elements(W + keep).Remove();

        // Paragraph marks first: the merge moves the paragraph's runs into the next paragraph.
        foreach (var paragraph in root.Descendants(W + "p").ToList())
        {
            var mark = paragraph.Element(W + "pPr")?.Element(W + "rPr");
            mark?.Element(W + keep)?.Remove();
            if (mark?.Element(W + drop) is null)
            {
                continue;
            }

            var next = paragraph.ElementsAfterSelf(W + "p").FirstOrDefault();
            Assert.NotNull(next); // a removed paragraph mark always has a paragraph after it
            var content = paragraph.Elements().Where(e => e.Name != W + "pPr").ToList();
            var nextProperties = next.Element(W + "pPr");
            if (nextProperties is null)
            {
                next.AddFirst(content);
            }
            else
            {
                nextProperties.AddAfterSelf(content);
            }

            paragraph.Remove();
        }

        foreach (var change in root.Descendants(W + drop).Where(e => e.Parent?.Name != W + "rPr").ToList())
        {
            change.Remove();
        }

        foreach (var change in root.Descendants(W + keep).Where(e => e.Parent?.Name != W + "rPr").ToList())
        {
            change.ReplaceWith(change.Elements());
        }

        foreach (var text in root.Descendants(W + "delText").ToList())
        {
            text.Name = W + "t";
        }

        foreach (var code in root.Descendants(W + "delInstrText").ToList())
        {
            code.Name = W + "instrText";
        }

        foreach (var change in root.Descendants(W + "pPrChange").ToList())
        {
            if (!accept)
            {
                var old = change.Element(W + "pPr")!;
                var properties = change.Parent!;
                properties.Element(W + "pStyle")?.Remove();
                properties.AddFirst(old.Elements());
            }

            change.Remove();
        }
    }

    /// <summary>Bookmark name → the id of the Word footnote referenced inside it.</summary>
    private static Dictionary<string, string> BookmarkedNotes(XElement body)
    {
        var result = new Dictionary<string, string>();
        foreach (var start in body.Descendants(W + "bookmarkStart"))
        {
            var reference = start.ElementsAfterSelf().SelectMany(e => e.DescendantsAndSelf(W + "footnoteReference")).FirstOrDefault();
            if (reference is not null)
            {
                result[start.Attribute(W + "name")!.Value] = reference.Attribute(W + "id")!.Value;
            }
        }

        return result;
    }

    /// <summary>Text of a paragraph; footnote references and NOTEREF fields as [^note text].</summary>
    private static string ReadParagraph(XElement paragraph, Dictionary<string, string>? notes, Dictionary<string, string>? bookmarks)
    {
        var text = new StringBuilder();
        var inField = 0;
        var inResult = false;
        string? instruction = null;
        foreach (var run in paragraph.Descendants(W + "r"))
        {
            foreach (var e in run.Elements())
            {
                switch (e.Name.LocalName)
                {
                    case "fldChar":
                        var type = e.Attribute(W + "fldCharType")!.Value;
                        if (type == "begin")
                        {
                            inField++;
                            inResult = false;
                            instruction = "";
                        }
                        else if (type == "separate")
                        {
                            inResult = true;
                        }
                        else
                        {
                            inField--;
                            inResult = false;
                            var name = instruction?.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).ElementAtOrDefault(1);
                            if (notes is not null && bookmarks is not null && name is not null && bookmarks.TryGetValue(name, out var id))
                            {
                                text.Append("[^").Append(notes[id]).Append(']');
                            }
                        }

                        break;
                    case "instrText":
                        instruction += e.Value;
                        break;
                    case "footnoteReference":
                        text.Append("[^").Append(notes?[e.Attribute(W + "id")!.Value]).Append(']');
                        break;
                    default:
                        if (inField == 0 || (inResult && notes is null))
                        {
                            text.Append(RunText(new XElement(W + "r", e)));
                        }

                        break;
                }
            }
        }

        return text.ToString();
    }
}
