using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Tests.Drafts;

/// <summary>
/// Raised letters that are no footnote reference (ADR 0035): a table's note letter, "Conversion{sup}a{/sup}", read
/// beside the italics (ADR 0015), each pair on its own and the reading total; and the note letters a PDF's copy
/// prints as modifier letters ("Conversionᵃ") read as raised marks in a table's cells and at the start of its notes.
/// </summary>
public sealed class RaisedMarkTests
{
    [Fact]
    public void Runs_ReadARaisedLetterInsideItalics_AsRaisedAndItalic()
    {
        var runs = InlineItalics.Runs("Conversion{i}{sup}a{/sup}{/i} and 2{sup}nd{/sup}");

        Assert.Equal(
            [("Conversion", false, false), ("a", true, true), (" and 2", false, false), ("nd", false, true)],
            runs.Select(r => (r.Text, r.Italic, r.Raised)));
    }

    [Fact]
    public void Strip_ShowsARaisedRunInUnicodesRaisedCharacters_AndLettersKeepsThemAsTyped()
    {
        const string text = "Conversion{i}{sup}a{/sup}{/i}, 10{sup}6{/sup} and {sup}q{/sup}[^2]";

        Assert.Equal("Conversionᵃ, 10⁶ and q[^2]", InlineItalics.Strip(text));
        Assert.Equal("Conversiona, 106 and q[^2]", InlineItalics.Letters(text));
        Assert.Equal(InlineItalics.Letters(text).Length, InlineItalics.Strip(text).Length);
    }

    [Theory]
    [InlineData("{sup}{i}a{/sup}{/i}", "{i}{sup}a{/sup}{/i}")]
    [InlineData("x{sup}a{/sup}{sup}b{/sup}", "x{sup}ab{/sup}")]
    [InlineData("x{sup}{/sup}y{/sup}", "xy")]
    [InlineData("x{sup}ab", "x{sup}ab{/sup}")]
    [InlineData("{i}Ibid.{sup}c{/sup}{/i}", "{i}Ibid.{/i}{i}{sup}c{/sup}{/i}")]
    public void Normalise_WritesEachStyleOneWay_NestingRaisedInItalics(string text, string expected)
    {
        Assert.Equal(expected, InlineItalics.Normalise(text));
        Assert.Equal(Reading(text), Reading(expected));
    }

    [Fact]
    public void Reading_IsTotal_AndNormaliseKeepsIt_ForRandomMarks()
    {
        var random = new Random(34);
        // Halves of marks are left out: a text whose marks' removal joins halves into a mark ("{/{i}sup}") reads anew
        // once normalised, for italics as for raised letters (ADR 0015's reading; not met in typing, which deletes marks whole).
        string[] pieces = ["{i}", "{/i}", "{sup}", "{/sup}", "a", "b ", "[^1]", "{"];
        for (var n = 0; n < 2000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 12)).Select(_ => pieces[random.Next(pieces.Length)]));
            var normal = InlineItalics.Normalise(text);

            Assert.Equal(Reading(text), Reading(normal));
            Assert.Equal(normal, InlineItalics.Normalise(normal));
        }
    }

    [Fact]
    public void Carry_OpensAPieceCutInsideARaisedRun_Raised()
    {
        const string text = "Total{sup}ab{/sup} here";

        Assert.Equal("{sup}b{/sup} here", InlineItalics.Carry(text, text.IndexOf("b{/sup}", StringComparison.Ordinal), "b{/sup} here"));
    }

    [Theory]
    [InlineData("Conversionᵃ", "Conversion{sup}a{/sup}")]
    [InlineData("80 (or 70 on a voluntary basis)ᵃ", "80 (or 70 on a voluntary basis){sup}a{/sup}")]
    [InlineData("Estimated appropriation for 2022ᵇ", "Estimated appropriation for 2022{sup}b{/sup}")]
    [InlineData("转换ᵃ", "转换{sup}a{/sup}")]
    [InlineData("Recommendationsᵃ,ᶜ", "Recommendations{sup}a{/sup},{sup}c{/sup}")]
    [InlineData("m²", "m²")]
    [InlineData("10⁶", "10⁶")]
    [InlineData("ᵃ alone", "ᵃ alone")]
    [InlineData("a word written ʳᵃⁱˢᵉᵈ", "a word written ʳᵃⁱˢᵉᵈ")]
    [InlineData("1er rang", "1er rang")]
    [InlineData("员额ᵃ由预算外资源供资", "员额{sup}a{/sup}由预算外资源供资")]
    [InlineData("改划ᵃᵇ为", "改划{sup}ab{/sup}为")]
    [InlineData("the kʰa sound", "the kʰa sound")]
    public void InCell_ReadsModifierLettersGluedAfterAWord_AsARaisedLetter(string cell, string expected) =>
        Assert.Equal(expected, NoteLetters.InCell(cell));

    [Theory]
    [InlineData("ᵃ From extrabudgetary funds.", "{sup}a{/sup} From extrabudgetary funds.")]
    [InlineData("ᵃ 来自预算外资金。", "{sup}a{/sup} 来自预算外资金。")]
    [InlineData("a From extrabudgetary funds.", "a From extrabudgetary funds.")]
    [InlineData("Abbreviations: ASG, Assistant Secretary-General.", "Abbreviations: ASG, Assistant Secretary-General.")]
    [InlineData("ᵃFrom", "ᵃFrom")]
    public void AtNoteStart_ReadsTheNotesOwnLetter_AsRaised(string note, string expected) =>
        Assert.Equal(expected, NoteLetters.AtNoteStart(note));

    [Fact]
    public void InTable_RaisesNoteLettersInCellsAndAtTheStartOfNotes_NotInSubHeadings()
    {
        var table = new DraftTable(
        [
            new TableRow("c", [new TableCell("C. Office of Investmentᵃ", 2)], TableRowKind.Caption),
            new TableRow("r1", [new TableCell("Conversionᵃ"), new TableCell("1 P-4")]),
            new TableRow("n", [new TableCell("ᵃ From extrabudgetary funds.", 2)], TableRowKind.Note),
        ]);

        var read = NoteLetters.InTable(table);

        Assert.Equal(["C. Office of Investment{sup}a{/sup}", "Conversion{sup}a{/sup}", "1 P-4", "{sup}a{/sup} From extrabudgetary funds."], read.Rows.SelectMany(r => r.Cells).Select(c => c.Text));
        Assert.Same(read, NoteLetters.InTable(read));
    }

    [Theory]
    [InlineData("Conversion{i}{sup}a{/sup}{/i}", "Conversionᵃ")]
    [InlineData("See {i}Official Records{/i}[^1]", "See Official Records[^1]")]
    [InlineData("{sup}a{/sup} From extrabudgetary funds.", "ᵃ From extrabudgetary funds.")]
    public void CellBox_ShowsNoMarkSyntax(string model, string shown)
    {
        Assert.Equal(shown, CellBoxText.Show(model));
        Assert.Equal(model, CellBoxText.Read(shown, model));
    }

    [Theory]
    [InlineData("Conversion{i}{sup}a{/sup}{/i}", "Conversion of postsᵃ", "Conversion of posts{i}{sup}a{/sup}{/i}")]
    [InlineData("Conversion{i}{sup}a{/sup}{/i}", "Conversionᵃ (new)", "Conversion{i}{sup}a{/sup}{/i} (new)")]
    [InlineData("Conversion{i}{sup}a{/sup}{/i}", "Conversion", "Conversion")]
    [InlineData("Conversion{i}{sup}a{/sup}{/i}", "Conversionᵇ", "Conversion{sup}b{/sup}")]
    [InlineData("See {i}Official Records{/i}", "See {i}Official Records{/i}", "See {i}Official Records{/i}")]
    [InlineData("See {i}Official Records{/i}", "See the Official Records", "See the {i}Official Records{/i}")]
    [InlineData("See {i}Official Records{/i}", "See {i}Official Big Records{/i}", "See {i}Official Big Records{/i}")]
    [InlineData("See {i}Official Records{/i}", "See Official Big Records", "See {i}Official Big Records{/i}")]
    [InlineData("10 m²", "12 m²", "12 m²")]
    [InlineData("改划{sup}a{/sup}", "改划(新)ᵃ", "改划(新){sup}a{/sup}")]
    [InlineData("改划员额", "改划ᵃ员额", "改划{sup}a{/sup}员额")]
    public void CellBox_AnEditKeepsWhatTheBoxCannotShow_OnTheCharactersItLeftAlone(string model, string typed, string expected) =>
        Assert.Equal(expected, CellBoxText.Read(typed, model));

    [Fact]
    public void CellBox_ANotesLetterTypedAtItsStart_IsRaised() =>
        Assert.Equal("{sup}b{/sup} From regular budget.", CellBoxText.Read("ᵇ From regular budget.", "{sup}a{/sup} From extrabudgetary funds.", note: true));

    private static string Reading(string text) =>
        string.Concat(InlineItalics.Runs(text).SelectMany(r => r.Text.Select(c => (r.Italic ? "_" : "") + (r.Raised ? "^" : "") + c)));

    // ADR 0035 amendment 1: a raised letter Unicode cannot raise is quoted so, never silently plain.
    [Theory]
    [InlineData("Posts{sup}Q{/sup}", "Posts⁽Q⁾")]
    [InlineData("Posts{i}{sup}q{/sup}{/i} and Conversion{sup}a{/sup}", "Posts⁽q⁾ and Conversionᵃ")]
    [InlineData("员额{sup}Z{/sup}，10{sup}6{/sup}", "员额⁽Z⁾，10⁶")]
    [InlineData("Conversion{sup}ab{/sup}", "Conversionᵃᵇ")]
    [InlineData("Posts{sup}aQ{/sup}", "Posts⁽aQ⁾")]
    [InlineData("PostsQ", "PostsQ")]
    public void Quoted_SaysARaisedLetterUnicodeCannotRaise_BetweenRaisedParentheses(string text, string expected)
    {
        Assert.Equal(expected, InlineItalics.Quoted(text));
        // Raised or not, a reader of the quotation can tell.
        Assert.Equal(InlineItalics.HasRaised(text), InlineItalics.Quoted(text) != InlineItalics.Letters(text));
    }

    [Theory]
    [InlineData("Conversion Officersᵃ and", "Conversion Officers{sup}a{/sup} and")]
    [InlineData("(A/76/7)ᵇ, and", "(A/76/7){sup}b{/sup}, and")]
    [InlineData("Officers{/i}ᵃᵇ;", "Officers{/i}{sup}ab{/sup};")]
    [InlineData("改划员额ᵃ，", "改划员额{sup}a{/sup}，")]
    [InlineData("其中员额ᵃ由预算外资源供资", "其中员额{sup}a{/sup}由预算外资源供资")]
    [InlineData("the 1ˢᵗ phase and 2ᵉ", "the 1ˢᵗ phase and 2ᵉ")]
    [InlineData("the kʰa sound", "the kʰa sound")]
    [InlineData("marked ᵃ alone", "marked ᵃ alone")]
    [InlineData("(ᵃ) and “ᵃ”", "(ᵃ) and “ᵃ”")]
    [InlineData("Officersᵃᵇᶜᵈ", "Officersᵃᵇᶜᵈ")]
    public void InText_RaisesAModifierLetterGluedAfterAWord_NotInsideAWordAfterAFigureOrAlone(string text, string expected) =>
        Assert.Equal(expected, NoteLetters.InText(text));
}
