using System.Security;
using System.Text;
using System.Text.RegularExpressions;
using ResolutionDrafts.Documents.Markup;
using ResolutionDrafts.Documents.Tests.Export;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Tests.Markup;

/// <summary>
/// Tracked changes and comments as LibreOffice writes them to DOCX: the draft is written as a
/// flat ODF text with LibreOffice's own tracked changes (text:changed-region, change-start/end,
/// deletions holding their text), footnotes and an annotation, and LibreOffice's DOCX export
/// makes the Word file that is read.
/// </summary>
public sealed class LibreOfficeMarkupTests : IDisposable
{
    private readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("rd-lo-markup-");

    public void Dispose() => dir.Delete(recursive: true);

    [SofficeFact]
    public async Task Read_LibreOfficeTrackedChangesAndComment_English()
    {
        var draft = TestDrafts.CubaEmbargo();
        var odf = new FlatOdf(draft)
            .Insert("op3", "Once again", " strongly", "Ana Pérez")
            .Delete("op2", "and navigation", "Lucas Almeida")
            .Comment("op4", "Secretary-General", "Lucas Almeida", "Which report?");
        var result = MarkupAmendments.Read(draft, await ToDocx(odf));

        Assert.True(result.IsSuccess, result.Error);
        Assert.Empty(result.Authors.SelectMany(a => a.Skipped).Select(s => s.Where + ": " + s.Reason));
        Assert.Equal(["In operative paragraph 3, after the word “again”, insert the word “strongly”."],
            result.Authors.Single(a => a.Name == "Ana Pérez").Proposals.Select(p => p.Wording("en")));
        Assert.Equal(["In operative paragraph 2, delete “and navigation”."],
            result.Authors.Single(a => a.Name == "Lucas Almeida").Proposals.Select(p => p.Wording("en")));
        var comment = Assert.Single(result.Comments);
        Assert.Equal(("op4", "Which report?", "Lucas Almeida"), (comment.ParagraphId, comment.Comment.Text, comment.Comment.Author));
    }

    [SofficeFact]
    public async Task Read_LibreOfficeTrackedChanges_Chinese_FootnotesKept()
    {
        var draft = TestDrafts.ChineseCosp7();
        var odf = new FlatOdf(draft)
            .Insert("op1", "创造并传播知识", "和良好做法", "中国")
            .Delete("op2", "提供", "巴西");
        var result = MarkupAmendments.Read(draft, await ToDocx(odf));

        Assert.True(result.IsSuccess, result.Error);
        var china = Assert.Single(result.Authors.Single(a => a.Name == "中国").Proposals);
        Assert.Equal("在执行部分第1段中，在“传播知识”之后插入“和良好做法”。", china.Wording("zh"));
        Assert.Equal(draft.FindNode("op1")!.Text.Replace("创造并传播知识", "创造并传播知识和良好做法", StringComparison.Ordinal), china.Proposed.FindNode("op1")!.Text);
        var brazil = Assert.Single(result.Authors.Single(a => a.Name == "巴西").Proposals);
        Assert.Equal(draft.FindNode("op2")!.Text.Replace("提供提供", "提供", StringComparison.Ordinal), brazil.Proposed.FindNode("op2")!.Text);
    }

    private async Task<byte[]> ToDocx(FlatOdf odf)
    {
        var source = Path.Combine(dir.FullName, "marked-up.fodt");
        await File.WriteAllTextAsync(source, odf.ToXml());
        return await LibreOffice.SaveAsDocxAsync(source, dir.FullName);
    }

    /// <summary>The draft as a flat ODF text, numbered as printed, with LibreOffice tracked changes and annotations.</summary>
    private sealed class FlatOdf(Draft draft)
    {
        private readonly List<string> regions = [];
        private readonly Dictionary<string, List<(string Find, string Markup)>> edits = [];

        public FlatOdf Insert(string id, string after, string words, string author)
        {
            var region = Region($"<text:insertion>{Info(author)}</text:insertion>");
            return Edit(id, after, Escape(after) + $"<text:change-start text:change-id=\"{region}\"/>{Escape(words)}<text:change-end text:change-id=\"{region}\"/>");
        }

        public FlatOdf Delete(string id, string words, string author)
        {
            var region = Region($"<text:deletion>{Info(author)}<text:p>{Escape(words)}</text:p></text:deletion>");
            return Edit(id, words, $"<text:change text:change-id=\"{region}\"/>");
        }

        public FlatOdf Comment(string id, string words, string author, string text) =>
            Edit(id, words, $"<office:annotation office:name=\"a{regions.Count}\">{Creator(author)}<text:p>{Escape(text)}</text:p></office:annotation>{Escape(words)}<office:annotation-end office:name=\"a{regions.Count}\"/>");

        private FlatOdf Edit(string id, string find, string markup)
        {
            (edits.TryGetValue(id, out var list) ? list : edits[id] = []).Add((find, markup));
            return this;
        }

        private string Region(string change)
        {
            var id = "ct" + (regions.Count + 1);
            regions.Add($"<text:changed-region text:id=\"{id}\">{change}</text:changed-region>");
            return id;
        }

        private static string Creator(string author) => $"<dc:creator>{Escape(author)}</dc:creator><dc:date>2026-11-20T09:30:00</dc:date>";

        private static string Info(string author) => $"<office:change-info>{Creator(author)}</office:change-info>";

        private static string Escape(string text) => SecurityElement.Escape(text);

        public string ToXml()
        {
            var body = new StringBuilder();
            body.Append($"<text:p>{Escape(draft.Title)}</text:p><text:p>{Escape(draft.AuthorLine)}</text:p>");
            var number = 0;
            foreach (var paragraph in draft.Paragraphs)
            {
                var label = paragraph.Kind == ParagraphKind.Operative ? $"{++number}.<text:tab/>" : "";
                body.Append("<text:p>").Append(label).Append(Text(paragraph)).Append("</text:p>");
            }

            return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<office:document xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.3\" office:mimetype=\"application/vnd.oasis.opendocument.text\">"
                + "<office:body><office:text><text:tracked-changes text:track-changes=\"true\">" + string.Concat(regions) + "</text:tracked-changes>"
                + body + "</office:text></office:body></office:document>";
        }

        private string Text(ParagraphNode node)
        {
            var text = Escape(node.Text);
            foreach (var (find, markup) in edits.GetValueOrDefault(node.Id) ?? [])
            {
                var at = text.IndexOf(Escape(find), StringComparison.Ordinal);
                Assert.True(at >= 0, $"“{find}” is not in {node.Id}");
                text = text[..at] + markup + text[(at + Escape(find).Length)..];
            }

            // Footnotes as LibreOffice notes, so its DOCX has w:footnoteReference where the draft has [^N].
            return Regex.Replace(text, @"\[\^(\d+)\]", m =>
                $"<text:note text:note-class=\"footnote\"><text:note-body><text:p>{Escape(draft.Footnotes.First(f => f.Number == int.Parse(m.Groups[1].Value)).Text)}</text:p></text:note-body></text:note>");
        }
    }
}
