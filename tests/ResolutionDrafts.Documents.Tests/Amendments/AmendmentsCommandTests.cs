using System.Text.Json;
using ResolutionDrafts.Cli.Commands;
using ResolutionDrafts.Documents.Json;
using ResolutionDrafts.Documents.Tests.Import;

namespace ResolutionDrafts.Documents.Tests.Amendments;

/// <summary>`rd amendments`, run through the command class with captured output.</summary>
public sealed class AmendmentsCommandTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("rd-amendments-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = new AmendmentsCommand().Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>A/C.3/80/L.24 as imported, and the text L.65 proposes (PP3 and OP2 deleted), as draft files.</summary>
    private (string Draft, string Proposed) L65()
    {
        var l24 = Fixtures.Import("text", "A_C.3_80_L.24.txt");
        var proposed = l24.Clone();
        Assert.True(proposed.Delete(l24.Paragraphs[2].Id).IsSuccess);
        Assert.True(proposed.Delete(l24.Paragraphs[5].Id).IsSuccess);
        var (draftPath, proposedPath) = (Path.Combine(dir, "draft.json"), Path.Combine(dir, "proposed.json"));
        File.WriteAllText(draftPath, DraftJson.Serialize(l24));
        File.WriteAllText(proposedPath, DraftJson.Serialize(proposed));
        return (draftPath, proposedPath);
    }

    [Fact]
    public void Amendments_PrintsTheNumberedInstructionsInTheDraftsLanguage()
    {
        var (draft, proposed) = L65();

        var (code, output, error) = Run(draft, proposed);

        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Equal("1. Delete the third preambular paragraph and operative paragraph 2." + Environment.NewLine, output);
    }

    [Fact]
    public void Amendments_LangZh_WordsThemInChinese()
    {
        var (draft, proposed) = L65();

        var (code, output, _) = Run(draft, proposed, "--lang", "zh");

        Assert.Equal(0, code);
        Assert.Equal("1. 删除序言部分第三段和执行部分第2段。" + Environment.NewLine, output);
    }

    [Fact]
    public void Amendments_ChineseDraft_IsWordedInChineseByDefault()
    {
        var cosp7 = Fixtures.Import("text", "cosp7-technical-assistance-rev-draft.zh.txt");
        var proposed = cosp7.Clone();
        Assert.True(proposed.Delete(cosp7.Paragraphs[^1].Id).IsSuccess);
        var (draftPath, proposedPath) = (Path.Combine(dir, "zh.json"), Path.Combine(dir, "zh-proposed.json"));
        File.WriteAllText(draftPath, DraftJson.Serialize(cosp7));
        File.WriteAllText(proposedPath, DraftJson.Serialize(proposed));

        var (code, output, _) = Run(draftPath, proposedPath);

        Assert.Equal(0, code);
        Assert.Equal("1. 删除执行部分第18段。" + Environment.NewLine, output);
    }

    [Fact]
    public void Amendments_Json_HasTheItemsAndTheStructuredInstructions()
    {
        var (draft, proposed) = L65();

        var (code, output, _) = Run(draft, proposed, "--json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("en", root.GetProperty("language").GetString());
        var item = Assert.Single(root.GetProperty("items").EnumerateArray().ToList());
        Assert.Equal("Delete the third preambular paragraph and operative paragraph 2.", item.GetProperty("wording").GetString());
        var instructions = item.GetProperty("instructions").EnumerateArray().ToList();
        Assert.Equal(["PP3", "OP2"], instructions.Select(i => i.GetProperty("target").GetProperty("label").GetString()));
        Assert.All(instructions, i => Assert.Equal("deleteParagraph", i.GetProperty("kind").GetString()));
        Assert.True(root.GetProperty("charactersChanged").GetInt32() > 100);
    }

    [Fact]
    public void Amendments_SameText_PrintsNothing()
    {
        var (draft, _) = L65();

        var (code, output, error) = Run(draft, draft);

        Assert.Equal(0, code);
        Assert.Empty(output);
        Assert.Empty(error);
    }

    [Fact]
    public void Amendments_BadFile_Exits2WithOneLine()
    {
        var (draft, _) = L65();
        var notJson = Fixtures.Path_("text", "A_80_L.6.txt");

        var missing = Run(draft, Path.Combine(dir, "missing.json"));
        var invalid = Run(notJson, draft);

        Assert.Equal(2, missing.Code);
        Assert.Equal(2, invalid.Code);
        Assert.Single(missing.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var line = Assert.Single(invalid.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("rd amendments: ", line, StringComparison.Ordinal);
        Assert.Contains("A_80_L.6.txt", line, StringComparison.Ordinal);
        Assert.Empty(invalid.Out);
    }

    [Fact]
    public void Amendments_BadArguments_IsAUsageError()
    {
        var (draft, proposed) = L65();

        Assert.Equal(1, Run(draft).Code);
        Assert.Equal(1, Run(draft, proposed, "--lang", "fr").Code);
        Assert.Equal(1, Run(draft, proposed, "--verbose").Code);
    }

    [Fact]
    public void Amendments_AQuotationsLinesAddedAndDeleted_ArePrintedAndInTheJson()
    {
        var draft = ResolutionDrafts.Domain.Drafts.Draft.Create("en").Value!;
        draft.InsertParagraph(ResolutionDrafts.Domain.Drafts.ParagraphKind.Operative, "Decides that rule 5 shall read as follows:", id: "op1");
        draft.AddQuotedLine("op1", "“Rule 5", id: "op1-q1");
        draft.AddQuotedLine("op1", "1. The President shall open the session.”", id: "op1-q2");
        var proposed = draft.Clone();
        proposed.RemoveQuotedLine("op1-q2");
        proposed.AddQuotedLine("op1", "1. The Chair shall open the session.”", id: "op1-q3");
        var (draftPath, proposedPath) = (Path.Combine(dir, "quoting.json"), Path.Combine(dir, "quoting-proposed.json"));
        File.WriteAllText(draftPath, DraftJson.Serialize(draft));
        File.WriteAllText(proposedPath, DraftJson.Serialize(proposed));

        var (code, text, _) = Run(draftPath, proposedPath);
        var (jsonCode, output, _) = Run(draftPath, proposedPath, "--json");

        Assert.Equal(0, code);
        Assert.Equal(
            "1. In the quoted text of the operative paragraph, delete the line “1. The President shall open the session.’”.\n"
            + "2. In the quoted text of the operative paragraph, after the line “‘Rule 5”, insert a new line reading “1. The Chair shall open the session.’”.",
            text.TrimEnd().ReplaceLineEndings("\n"));
        Assert.Equal(0, jsonCode);
        using var json = JsonDocument.Parse(output);
        var instructions = json.RootElement.GetProperty("items").EnumerateArray().SelectMany(i => i.GetProperty("instructions").EnumerateArray()).ToList();
        Assert.Equal(["deleteQuotedLine", "insertQuotedLines"], instructions.Select(i => i.GetProperty("kind").GetString()));
        Assert.Equal(2, instructions[0].GetProperty("target").GetProperty("quotedLine").GetInt32());
        Assert.Equal("1. The President shall open the session.”", instructions[0].GetProperty("oldText").GetString());
        Assert.Equal("“Rule 5", instructions[1].GetProperty("oldText").GetString());
        Assert.Equal("op1-q3", instructions[1].GetProperty("content")[0].GetProperty("id").GetString());
    }
}
