using System.Text;
using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Tests.Amendments;

/// <summary>Drafts for the amendment tests, and the round-trip check every test makes.</summary>
internal static class AmendmentDrafts
{
    /// <summary>A draft from "PP text" / "OP text" lines; ids pp1.., op1.. in order.</summary>
    public static Draft Make(string language, params string[] lines)
    {
        var draft = Draft.Create(language).Value!;
        int pp = 0, op = 0;
        foreach (var line in lines)
        {
            var preambular = line.StartsWith("PP ", StringComparison.Ordinal);
            Ok(draft.InsertParagraph(
                preambular ? ParagraphKind.Preambular : ParagraphKind.Operative,
                line[3..],
                id: preambular ? $"pp{++pp}" : $"op{++op}"));
        }

        return draft;
    }

    public static Draft English(params string[] lines) => Make(DraftLanguage.English, lines);

    public static Draft Chinese(params string[] lines) => Make(DraftLanguage.Chinese, lines);

    /// <summary>A copy of <paramref name="original"/> changed by <paramref name="edit"/>: what a delegation proposes.</summary>
    public static Draft Proposed(Draft original, Action<Draft> edit)
    {
        var proposed = original.Clone();
        edit(proposed);
        return proposed;
    }

    /// <summary>Sets a paragraph's text, replacing <paramref name="oldWords"/> (which must be there) with <paramref name="newWords"/>.</summary>
    public static void Replace(Draft draft, string id, string oldWords, string newWords)
    {
        var text = draft.FindNode(id)!.Text;
        Assert.Contains(oldWords, text, StringComparison.Ordinal);
        Ok(draft.SetText(id, text.Replace(oldWords, newWords, StringComparison.Ordinal)));
    }

    /// <summary>Computes the amendment, checks that applying it gives the proposed text exactly, and returns it.</summary>
    public static Amendment RoundTrip(Draft original, Draft proposed)
    {
        var amendment = AmendmentBuilder.Compute(original, proposed);
        var applied = AmendmentApplier.Apply(original, amendment.Instructions);
        Assert.True(applied.IsSuccess, applied.Error + "\n" + amendment.Text("en"));
        Assert.Equal(Body(proposed), Body(applied.Value!));
        return amendment;
    }

    /// <summary>Everything an amendment can change, written out: ids, kinds, headings, the parts and sections paragraphs open, texts, nesting.</summary>
    public static string Body(Draft draft)
    {
        var text = new StringBuilder();
        foreach (var paragraph in draft.Paragraphs)
        {
            text.Append(paragraph.Kind).Append(' ').Append(paragraph.Id).Append(" [").Append(paragraph.Heading).Append("] ")
                .Append(paragraph.Part is { } part ? $"<part {part.Title} | {part.AuthorLine}> " : "").Append(paragraph.OpensSection ? "<section> " : "").Append(paragraph.Text).Append('\n');
            Children(text, paragraph, 1);
        }

        return text.ToString();
    }

    public static void Ok(DomainResult result) => Assert.True(result.IsSuccess, result.Error);

    public static void Ok<T>(DomainResult<T> result) => Assert.True(result.IsSuccess, result.Error);

    private static void Children(StringBuilder text, ParagraphNode node, int depth)
    {
        foreach (var child in node.SubParagraphs)
        {
            text.Append(' ', depth * 2).Append(child.Id).Append(' ').Append(child.Text).Append('\n');
            Children(text, child, depth + 1);
        }
    }
}
