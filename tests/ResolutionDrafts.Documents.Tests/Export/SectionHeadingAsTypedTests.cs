using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Documents.Tests.Import;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;

namespace ResolutionDrafts.Documents.Tests.Export;

/// <summary>
/// A section's heading comes back from AKN as it was typed (issue 16, noticed at stop 28): typed without its numeral
/// ("Revised estimates"), it came back as "II. Revised estimates" — the writer put the section's name in num and the
/// reader joined them. Typed with it, it comes back with it; the sections and their labels are the same either way.
/// English and Chinese.
/// </summary>
public sealed class SectionHeadingAsTypedTests
{
    private static Draft Budget(string folder, string file)
    {
        var result = DraftImporter.Import(Fixtures.Bytes(Path.Combine("corpus", "ga", folder), file));
        Assert.True(result.IsSuccess, result.Error);
        return result.Draft!;
    }

    private static List<(string Label, string? Heading)> Sections(Draft draft)
    {
        var labels = ParagraphLabels.Compute(draft);
        return draft.Paragraphs.Where(p => p.OpensSection).Select(p => (labels[p.Id].Label, p.Heading)).ToList();
    }

    [Theory]
    [InlineData("76-en", "A_RES_76_246-2119713E.xml", "II. ")]
    [InlineData("76-zh", "A_RES_76_246-2119713C.xml", "二. ")]
    public void AHeadingTypedWithoutItsNumeral_ComesBackFromAknAsTyped(string folder, string file, string numeral)
    {
        var draft = Budget(folder, file);
        var second = draft.Paragraphs.Where(p => p.OpensSection).ElementAt(1);
        Assert.StartsWith(numeral, second.Heading, StringComparison.Ordinal);
        var typed = second.Heading![numeral.Length..];
        Assert.True(draft.SetHeading(second.Id, typed).IsSuccess);

        var again = DraftImporter.Import(AknExporter.ExportBytes(draft), new ImportOptions { Format = ImportFormat.Akn });

        Assert.True(again.IsSuccess, again.Error);
        Assert.Equal(Sections(draft), Sections(again.Draft!));
        Assert.Equal(typed, again.Draft!.Paragraphs.Where(p => p.OpensSection).ElementAt(1).Heading);
    }

    [Theory]
    [InlineData("76-en", "A_RES_76_246-2119713E.xml")]
    [InlineData("76-zh", "A_RES_76_246-2119713C.xml")]
    public void HeadingsTypedWithTheirNumerals_ComeBackWithThem(string folder, string file)
    {
        var draft = Budget(folder, file);

        var again = DraftImporter.Import(AknExporter.ExportBytes(draft), new ImportOptions { Format = ImportFormat.Akn });

        Assert.True(again.IsSuccess, again.Error);
        Assert.Equal(Sections(draft), Sections(again.Draft!));
    }
}
