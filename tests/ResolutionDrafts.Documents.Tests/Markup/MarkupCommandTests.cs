using System.Text.Json;
using ResolutionDrafts.Cli.Commands;
using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Json;
using ResolutionDrafts.Documents.Tests.Export;

namespace ResolutionDrafts.Documents.Tests.Markup;

/// <summary>`rd amendments DRAFT.json MARKED-UP.docx`, run through the command class.</summary>
public sealed class MarkupCommandTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("rd-markup-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = new AmendmentsCommand().Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private (string Draft, string Docx) Files(Func<WordMarkup, WordMarkup> markUp, bool chinese = false)
    {
        var draft = chinese ? TestDrafts.ChineseCosp7() : TestDrafts.CubaEmbargo();
        var draftPath = Path.Combine(dir, "draft.json");
        var docxPath = Path.Combine(dir, "marked-up.docx");
        File.WriteAllText(draftPath, DraftJson.Serialize(draft));
        File.WriteAllBytes(docxPath, markUp(new WordMarkup(DocxExporter.Export(draft))).ToBytes());
        return (draftPath, docxPath);
    }

    [Fact]
    public void Amendments_MarkedUpDocx_PrintsInstructionsGroupedByWordAuthorInTextOrder()
    {
        var (draft, docx) = Files(m => m.Insert("Once again urges", "Once again", " strongly", "Ana Pérez")
            .Delete("Reiterates its call upon", "and navigation", "Lucas Almeida"));

        var (code, output, error) = Run(draft, docx);

        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Equal(
            "Lucas Almeida:\n1. In operative paragraph 2, delete “and navigation”.\n"
            + "Ana Pérez:\n1. In operative paragraph 3, after the word “again”, insert the word “strongly”.\n",
            output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Amendments_MarkedUpDocxJsonInChinese_AuthorsProposalsAndComments()
    {
        var (draft, docx) = Files(m =>
        {
            m.Insert("促请缔约国和其他技术援助提供方", "创造并传播知识", "和良好做法", "中国");
            m.Comment("促请缔约国和其他技术援助提供方", "传播知识", "中国", "请澄清。");
            return m;
        }, chinese: true);

        var (code, output, _) = Run(draft, docx, "--json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var author = json.RootElement.GetProperty("authors")[0];
        Assert.Equal("中国", author.GetProperty("name").GetString());
        Assert.Equal("在执行部分第1段中，在“传播知识”之后插入“和良好做法”。",
            author.GetProperty("proposals")[0].GetProperty("items")[0].GetProperty("wording").GetString());
        Assert.Equal("op1", json.RootElement.GetProperty("comments")[0].GetProperty("paragraph").GetString());
    }

    [Fact]
    public void Amendments_CorruptDocx_ClearErrorAndBadInputCode()
    {
        var (draft, docx) = Files(m => m);
        File.WriteAllText(docx, "not a zip");

        var (code, output, error) = Run(draft, docx);

        Assert.NotEqual(0, code);
        Assert.Empty(output);
        Assert.Contains("not a DOCX file", error, StringComparison.Ordinal);
    }
}
