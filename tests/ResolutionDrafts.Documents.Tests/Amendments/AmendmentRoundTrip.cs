using System.Text;
using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Tests.Amendments;

/// <summary>Computes an amendment and checks that applying it to the original gives the proposed text exactly.</summary>
internal static class AmendmentRoundTrip
{
    public static Amendment Check(Draft original, Draft proposed)
    {
        var amendment = AmendmentBuilder.Compute(original, proposed);
        var applied = AmendmentApplier.Apply(original, amendment);
        Assert.True(applied.IsSuccess, applied.Error + "\n" + amendment.Text(original.Language));
        Assert.Equal(Body(proposed), Body(applied.Value!));
        return amendment;
    }

    /// <summary>What an amendment changes, written out: ids, kinds, headings, texts and nesting.</summary>
    public static string Body(Draft draft)
    {
        var text = new StringBuilder();
        foreach (var paragraph in draft.Paragraphs)
        {
            text.Append(paragraph.Kind).Append(' ').Append(paragraph.Id).Append(" [").Append(paragraph.Heading).Append("] ").Append(paragraph.Text).Append('\n');
            foreach (var sub in paragraph.Descendants())
            {
                text.Append("  ").Append(sub.Id).Append(' ').Append(sub.Text).Append('\n');
            }
        }

        return text.ToString();
    }
}
