using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;

namespace ResolutionDrafts.Documents.Tests.Markup;

/// <summary>
/// Marks up a DOCX the way Word writes tracked changes and comments, on the raw XML: runs split
/// where the change starts and ends (mid-word too) and carrying w:rsidR noise, w:ins/w:del with
/// w:id, w:author and w:date, w:delText, moves as w:moveFrom/w:moveTo between
/// w:moveFromRangeStart/End markers, a new paragraph as Word's Enter (the paragraph mark before it
/// inserted), a deleted paragraph with its mark deleted, w:rPrChange for formatting-only changes,
/// comments in comments.xml with ranges and references, replies threaded by w15:paraIdParent in
/// commentsExtended.xml. Paragraphs are found by a phrase they contain.
/// </summary>
internal sealed class WordMarkup
{
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly XNamespace W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
    private static readonly XNamespace W15 = "http://schemas.microsoft.com/office/word/2012/wordml";
    private const string Date = "2026-11-20T09:30:00Z";

    private readonly byte[] original;
    private readonly XDocument document;
    private readonly List<XElement> comments = [];
    private readonly List<XElement> commentsEx = [];
    private int nextId = 100;

    public WordMarkup(byte[] docx)
    {
        original = docx;
        using var stream = new MemoryStream(docx);
        using var word = WordprocessingDocument.Open(stream, false);
        using var part = word.MainDocumentPart!.GetStream();
        document = XDocument.Load(part);
        var rsid = 0x00A1B2C3;
        foreach (var p in Body.Elements(W + "p"))
        {
            Explode(p);
            foreach (var r in p.Elements(W + "r"))
            {
                r.SetAttributeValue(W + "rsidR", (rsid++ % 7 == 0 ? rsid : 0x00A1B2C3).ToString("X8"));
                r.SetAttributeValue(W + "rsidRPr", "00F1E2D3");
            }
        }
    }

    private XElement Body => document.Root!.Element(W + "body")!;

    /// <summary>Inserts words right after the first occurrence of <paramref name="after"/> in the paragraph.</summary>
    public WordMarkup Insert(string paragraph, string after, string words, string author, XElement? runProperties = null)
    {
        var p = Find(paragraph);
        var at = Offset(p, after) + after.Length;
        var before = SplitAt(p, at);
        var run = new XElement(W + "r", new XAttribute(W + "rsidR", "00C0FFEE"), runProperties, new XElement(W + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), words));
        var ins = Revision("ins", author, run);
        if (before is null)
        {
            if (p.Element(W + "pPr") is { } pr)
            {
                pr.AddAfterSelf(ins);
            }
            else
            {
                p.AddFirst(ins);
            }
        }
        else
        {
            before.AddAfterSelf(ins);
        }

        return this;
    }

    /// <summary>Deletes the first occurrence of <paramref name="words"/> in the paragraph.</summary>
    public WordMarkup Delete(string paragraph, string words, string author)
    {
        var p = Find(paragraph);
        var runs = Range(p, Offset(p, words), words.Length);
        Wrap(runs, "del", author);
        return this;
    }

    public WordMarkup Replace(string paragraph, string words, string with, string author)
    {
        var p = Find(paragraph);
        var runs = Range(p, Offset(p, words), words.Length);
        var del = Wrap(runs, "del", author);
        del.AddAfterSelf(Revision("ins", author, new XElement(W + "r", new XElement(W + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), with))));
        return this;
    }

    /// <summary>As Word's Enter at the end of the paragraph and typing: its mark is inserted, the new paragraph's text is.</summary>
    /// <param name="list">Word's list numbering for the new paragraph (w:numPr: its w:numId and w:ilvl), or none.</param>
    public WordMarkup InsertParagraphAfter(string paragraph, string text, string author, (int NumId, int Level)? list = null, string? style = null)
    {
        var p = Find(paragraph);
        var properties = p.Element(W + "pPr") ?? new XElement(W + "pPr");
        var createdProperties = new XElement(properties);
        if (style is not null)
        {
            createdProperties.Elements(W + "pStyle").Remove();
            createdProperties.AddFirst(new XElement(W + "pStyle", new XAttribute(W + "val", style)));
        }

        if (list is { } numbered)
        {
            createdProperties.Elements(W + "numPr").Remove();
            var numPr = new XElement(W + "numPr", new XElement(W + "ilvl", new XAttribute(W + "val", numbered.Level)), new XElement(W + "numId", new XAttribute(W + "val", numbered.NumId)));
            if (createdProperties.Element(W + "pStyle") is { } styleElement)
            {
                styleElement.AddAfterSelf(numPr);
            }
            else
            {
                createdProperties.AddFirst(numPr);
            }
        }

        var created = new XElement(W + "p", createdProperties,
            Revision("ins", author, new XElement(W + "r", new XElement(W + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), text))));
        if (p.Element(W + "pPr") is null)
        {
            p.AddFirst(properties);
        }

        MarkRevision(p, "ins", author);
        p.AddAfterSelf(created);
        return this;
    }

    /// <summary>The whole paragraph deleted, its mark with it.</summary>
    public WordMarkup DeleteParagraph(string paragraph, string author)
    {
        var p = Find(paragraph);
        Wrap(p.Elements(W + "r").ToList(), "del", author);
        MarkRevision(p, "del", author);
        return this;
    }

    /// <summary>A paragraph moved after another one: w:moveFrom and w:moveTo between their range markers.</summary>
    public WordMarkup MoveParagraph(string paragraph, string after, string author) => Move(Find(paragraph), Find(after), author);

    /// <summary>A tracked move of the paragraph to right before <paramref name="before"/> (after whatever paragraph precedes it: a part's author line, a heading).</summary>
    public WordMarkup MoveParagraphBefore(string paragraph, string before, string author) =>
        Move(Find(paragraph), Find(before).ElementsBeforeSelf(W + "p").Last(), author);

    private WordMarkup Move(XElement p, XElement target, string author)
    {
        var copy = new XElement(p);
        var name = "move" + nextId;
        var fromRuns = p.Elements(W + "r").ToList();
        var from = Wrap(fromRuns, "moveFrom", author);
        from.AddBeforeSelf(new XElement(W + "moveFromRangeStart", new XAttribute(W + "id", nextId++), new XAttribute(W + "name", name), new XAttribute(W + "author", author), new XAttribute(W + "date", Date)));
        from.AddAfterSelf(new XElement(W + "moveFromRangeEnd", new XAttribute(W + "id", nextId - 1)));
        MarkRevision(p, "moveFrom", author);

        var toRuns = copy.Elements(W + "r").ToList();
        var to = Wrap(toRuns, "moveTo", author);
        to.AddBeforeSelf(new XElement(W + "moveToRangeStart", new XAttribute(W + "id", nextId++), new XAttribute(W + "name", name), new XAttribute(W + "author", author), new XAttribute(W + "date", Date)));
        to.AddAfterSelf(new XElement(W + "moveToRangeEnd", new XAttribute(W + "id", nextId - 1)));

        // Word inserts the moved paragraph with its mark: the mark of the paragraph before it is the inserted one.
        MarkRevision(target, "moveTo", author);
        copy.Element(W + "pPr")?.Element(W + "rPr")?.Remove();
        target.AddAfterSelf(copy);
        return this;
    }

    /// <summary>The paragraph's mark deleted: Word joins it to the next paragraph (a deletion spanning two paragraphs).</summary>
    public WordMarkup JoinWithNext(string paragraph, string author)
    {
        MarkRevision(Find(paragraph), "del", author);
        return this;
    }

    /// <summary>A word inserted in the first paragraph of the masthead table.</summary>
    public WordMarkup ChangeInMastheadTable(string author)
    {
        var cell = Body.Element(W + "tbl")!.Descendants(W + "p").First(p => p.Elements(W + "r").Any());
        cell.Elements(W + "r").Last().AddAfterSelf(Revision("ins", author, new XElement(W + "r", new XElement(W + "t", " (corrected)"))));
        return this;
    }

    /// <summary>A formatting-only change: the words made bold, with w:rPrChange.</summary>
    public WordMarkup Bold(string paragraph, string words, string author)
    {
        var p = Find(paragraph);
        foreach (var run in Range(p, Offset(p, words), words.Length))
        {
            var properties = run.Element(W + "rPr") ?? new XElement(W + "rPr");
            if (run.Element(W + "rPr") is null)
            {
                run.AddFirst(properties);
            }

            var old = new XElement(W + "rPr", properties.Elements());
            properties.Add(new XElement(W + "b"), new XElement(W + "rPrChange", new XAttribute(W + "id", nextId++), new XAttribute(W + "author", author), new XAttribute(W + "date", Date), old));
        }

        return this;
    }

    /// <summary>A comment on words of a paragraph; a reply when <paramref name="replyTo"/> names a comment id.</summary>
    public string Comment(string paragraph, string words, string author, string text, string? replyTo = null)
    {
        var p = Find(paragraph);
        var runs = Range(p, Offset(p, words), words.Length);
        var id = (nextId++).ToString();
        runs[0].AddBeforeSelf(new XElement(W + "commentRangeStart", new XAttribute(W + "id", id)));
        runs[^1].AddAfterSelf(new XElement(W + "commentRangeEnd", new XAttribute(W + "id", id)),
            new XElement(W + "r", new XElement(W + "rPr", new XElement(W + "rStyle", new XAttribute(W + "val", "CommentReference"))), new XElement(W + "commentReference", new XAttribute(W + "id", id))));
        var paraId = (0x10000000 + nextId * 7).ToString("X8");
        comments.Add(new XElement(W + "comment", new XAttribute(W + "id", id), new XAttribute(W + "author", author), new XAttribute(W + "date", Date), new XAttribute(W + "initials", author[..1]),
            new XElement(W + "p", new XAttribute(W14 + "paraId", paraId), new XAttribute(W14 + "textId", "77777777"),
                new XElement(W + "r", new XElement(W + "annotationRef")), new XElement(W + "r", new XElement(W + "t", text)))));
        var ex = new XElement(W15 + "commentEx", new XAttribute(W15 + "paraId", paraId), new XAttribute(W15 + "done", "0"));
        if (replyTo is not null)
        {
            var parentPara = comments.Single(c => c.Attribute(W + "id")!.Value == replyTo).Element(W + "p")!.Attribute(W14 + "paraId")!.Value;
            ex.Add(new XAttribute(W15 + "paraIdParent", parentPara));
        }

        commentsEx.Add(ex);
        return id;
    }

    public byte[] ToBytes()
    {
        var stream = new MemoryStream();
        stream.Write(original);
        using (var word = WordprocessingDocument.Open(stream, true))
        {
            var main = word.MainDocumentPart!;
            using (var part = main.GetStream(FileMode.Create))
            {
                document.Save(part);
            }

            if (comments.Count > 0)
            {
                var commentsPart = main.WordprocessingCommentsPart ?? main.AddNewPart<WordprocessingCommentsPart>();
                using (var part = commentsPart.GetStream(FileMode.Create))
                {
                    new XDocument(new XElement(W + "comments", new XAttribute(XNamespace.Xmlns + "w", W), new XAttribute(XNamespace.Xmlns + "w14", W14), comments)).Save(part);
                }

                var exPart = main.WordprocessingCommentsExPart ?? main.AddNewPart<WordprocessingCommentsExPart>();
                using (var part = exPart.GetStream(FileMode.Create))
                {
                    new XDocument(new XElement(W15 + "commentsEx", new XAttribute(XNamespace.Xmlns + "w15", W15), commentsEx)).Save(part);
                }
            }
        }

        return stream.ToArray();
    }

    private XElement Revision(string name, string author, params object[] content) =>
        new(W + name, new XAttribute(W + "id", nextId++), new XAttribute(W + "author", author), new XAttribute(W + "date", Date), content);

    private void MarkRevision(XElement p, string name, string author)
    {
        var properties = p.Element(W + "pPr");
        if (properties is null)
        {
            properties = new XElement(W + "pPr");
            p.AddFirst(properties);
        }

        var rPr = properties.Element(W + "rPr");
        if (rPr is null)
        {
            rPr = new XElement(W + "rPr");
            properties.Add(rPr);
        }

        rPr.Add(Revision(name, author));
    }

    private XElement Wrap(List<XElement> runs, string name, string author)
    {
        Assert.NotEmpty(runs);
        var wrapper = Revision(name, author);
        runs[0].AddBeforeSelf(wrapper);
        foreach (var run in runs)
        {
            run.Remove();
            if (name is "del" or "moveFrom")
            {
                foreach (var t in run.Elements(W + "t").ToList())
                {
                    t.Name = W + "delText";
                }
            }

            wrapper.Add(run);
        }

        return wrapper;
    }

    private XElement Find(string phrase)
    {
        var matches = Body.Elements(W + "p").Where(p => Text(p).Contains(phrase, StringComparison.Ordinal)).ToList();
        Assert.True(matches.Count == 1, $"{matches.Count} paragraphs contain “{phrase}”");
        return matches[0];
    }

    private static string Text(XElement p) => string.Concat(p.Elements(W + "r").Select(RunText));

    private static string RunText(XElement r) => string.Concat(r.Elements().Select(e => e.Name.LocalName switch
    {
        "t" or "delText" => e.Value,
        "tab" => "\t",
        "footnoteReference" => "\uE000",
        _ => "",
    }));

    private static int Offset(XElement p, string words)
    {
        var at = Text(p).IndexOf(words, StringComparison.Ordinal);
        Assert.True(at >= 0, $"“{words}” is not in “{Text(p)}”");
        return at;
    }

    /// <summary>One run per text, tab or note, as Word's editing leaves them.</summary>
    private static void Explode(XElement p)
    {
        foreach (var run in p.Elements(W + "r").ToList())
        {
            var content = run.Elements().Where(e => e.Name != W + "rPr").ToList();
            if (content.Count <= 1)
            {
                continue;
            }

            var properties = run.Element(W + "rPr");
            run.ReplaceWith(content.Select(c => new XElement(W + "r", properties is null ? null : new XElement(properties), new XElement(c))));
        }
    }

    /// <summary>Splits the run holding <paramref name="offset"/> there; the run before the offset, or null at the start.</summary>
    private static XElement? SplitAt(XElement p, int offset)
    {
        var position = 0;
        XElement? previous = null;
        foreach (var run in p.Elements(W + "r").ToList())
        {
            var length = RunText(run).Length;
            if (offset == position)
            {
                return previous;
            }

            if (offset < position + length)
            {
                var t = run.Elements().Single(e => e.Name == W + "t" || e.Name == W + "delText");
                var second = new XElement(run);
                var secondText = second.Elements().Single(e => e.Name == W + "t" || e.Name == W + "delText");
                var value = t.Value;
                t.Value = value[..(offset - position)];
                t.SetAttributeValue(XNamespace.Xml + "space", "preserve");
                secondText.Value = value[(offset - position)..];
                secondText.SetAttributeValue(XNamespace.Xml + "space", "preserve");
                second.SetAttributeValue(W + "rsidR", "00D00D00");
                run.AddAfterSelf(second);
                return run;
            }

            position += length;
            previous = run;
        }

        return previous;
    }

    private static List<XElement> Range(XElement p, int start, int length)
    {
        SplitAt(p, start);
        SplitAt(p, start + length);
        var result = new List<XElement>();
        var position = 0;
        foreach (var run in p.Elements(W + "r"))
        {
            var runLength = RunText(run).Length;
            if (position >= start && position + runLength <= start + length && runLength > 0)
            {
                result.Add(run);
            }

            position += runLength;
        }

        return result;
    }
}
