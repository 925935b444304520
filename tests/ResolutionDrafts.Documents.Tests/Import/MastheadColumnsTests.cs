using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ResolutionDrafts.Documents.Import;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using Table = DocumentFormat.OpenXml.Wordprocessing.Table;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;
using Text = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// A masthead printed in two columns (issue 16; docs/import.md, "Front matter" and "The review"): a PDF's text puts both on one
/// line with many spaces between, Word and pasted text a tab, a Word file of another origin a table's cells. Each column is read
/// for what it says: a date in the right column is the date of issue, never the session's place and dates (WHO's Executive
/// Board, "158th session      4 February 2026"); a distribution printed alone ("Restricted", "限制分发") is the distribution;
/// a column recognised as nothing is listed by the preview as not in the draft — it was dropped unsaid while the column beside
/// it was read ("every one of N lines with words is in the draft"). English and Chinese, text and Word.
/// </summary>
public sealed class MastheadColumnsTests
{
    /// <summary>A Human Rights Council draft whose masthead has a column the reader knows nothing of, beside the date of issue.</summary>
    private const string Unknown = """
        United Nations                                                      A/HRC/58/L.5
        General Assembly                                                    Distr.: Limited
        Advance unedited version                                            4 February 2026
                                                                            Original: English
        Fifty-eighth session
        Agenda item 3
        Promotion and protection of the right to health

        Brazil, Ghana and Thailand: draft resolution

        The right to health

        The Human Rights Council,

        Recalling its resolution 55/2 of 3 April 2024,

        1. Decides to remain seized of the matter.
        """;

    private const string UnknownZh = """
        联 合 国                                                           A/C.3/81/L.33
        大  会                                                             Distr.: Limited
        未经编辑的预发版本                                                 2026 年 2 月 4 日
                                                                           原文：英文
        第八十一届会议
        第三委员会
        议程项目 68
        促进和保护人权

        巴西、加纳和泰国：决议草案

        健康权

        大会，

        回顾其2024年4月3日第55/2号决议，

        1. 决定继续处理此案。
        """;

    /// <summary>"Restricted" in the left column, the date of issue in the right, no "Distr.:" line: the word is the distribution.</summary>
    private const string Restricted = """
        United Nations                                                      A/HRC/58/L.5
        General Assembly
        Restricted                                                          4 February 2026
        Fifty-eighth session
        Agenda item 3

        Brazil, Ghana and Thailand: draft resolution

        The right to health

        The Human Rights Council,

        Recalling its resolution 55/2 of 3 April 2024,

        1. Decides to remain seized of the matter.
        """;

    private const string RestrictedZh = """
        联 合 国                                                           A/C.3/81/L.33
        大  会
        限制分发                                                           2026 年 2 月 4 日
        第八十一届会议
        第三委员会
        议程项目 68

        巴西、加纳和泰国：决议草案

        健康权

        大会，

        回顾其2024年4月3日第55/2号决议，

        1. 决定继续处理此案。
        """;

    /// <summary>WHO's Executive Board: the date of issue printed right of the session; place and dates written on the left under it.</summary>
    private const string Board = """
        EXECUTIVE BOARD                                                     EB158/CONF./4
        158th session                                                       4 February 2026
        Agenda item 7

        Promoting the health of refugees and migrants

        Draft resolution proposed by Canada, Colombia and Ghana

        The Executive Board,

        Recalling resolution WHA76.14 (2023) on promoting the health of refugees and migrants;

        (1) RECOMMENDS to the Seventy-ninth World Health Assembly the adoption of the following resolution;

        (2) REQUESTS the Director-General to report to the Eightieth World Health Assembly.
        """;

    private const string BoardZh = """
        执行委员会                                                          EB158/CONF./4
        第158届会议                                                         2026年2月4日
        议程项目7

        促进难民和移民的健康

        由加拿大、哥伦比亚和加纳提出的决议草案

        执行委员会，

        回顾关于促进难民和移民健康的WHA76.14（2023）号决议；

        （1）建议第七十九届世界卫生大会通过以下决议；

        （2）要求总干事向第八十届世界卫生大会报告。
        """;

    [Theory]
    [InlineData(Unknown, "en", "Advance unedited version", "4 February 2026")]
    [InlineData(UnknownZh, "zh", "未经编辑的预发版本", "2026年2月4日")]
    public void AListedColumn_SaysTheLineItStoodOn_ByItsNumberAndItsColumns(string text, string language, string column, string date)
    {
        var lines = text.Split('\n');
        var number = Array.FindIndex(lines, l => l.Contains(column, StringComparison.Ordinal)) + 1;

        var review = Import(text, language).Review!;

        // ADR 0040 amendment 1: the preview named the column alone ("Advance unedited version"), not where a delegate finds it.
        var place = Assert.Single(review.UnreadPlaces);
        // The line as the file has it, its columns set apart ("2026 年 2 月 4 日" keeps a PDF's spaces: the file's text, not the draft's).
        var asPrinted = string.Join(" | ", System.Text.RegularExpressions.Regex.Split(lines[number - 1].Trim(), @"\t| {6,}")
            .Select(c => string.Join(' ', c.Split(' ', StringSplitOptions.RemoveEmptyEntries))));
        Assert.Equal((column, number, asPrinted), (place.Text, place.LineNumber, place.Line));
        Assert.Contains(date.Replace(" ", "", StringComparison.Ordinal), place.Line!.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void AWholeLineListed_SaysItsNumber_AndIsNoColumn()
    {
        // The Unknown sample's column on a line of its own: listed as a line, by its number.
        var text = Restricted.Replace("General Assembly\n", "General Assembly\nAdvance unedited version\n", StringComparison.Ordinal);
        var number = Array.FindIndex(text.Split('\n'), l => l.StartsWith("Advance", StringComparison.Ordinal)) + 1;
        Assert.True(number > 0);

        var review = Import(text, "en").Review!;

        var place = Assert.Single(review.UnreadPlaces, p => p.Text == "Advance unedited version");
        Assert.Equal((number, (string?)null), (place.LineNumber, place.Line));
        Assert.Equal(review.UnreadLines, review.UnreadPlaces.Select(p => p.Text));
    }

    [Theory]
    [InlineData(Unknown, "en", "Advance unedited version", "4 February 2026")]
    [InlineData(UnknownZh, "zh", "未经编辑的预发版本", "2026年2月4日")]
    public void AColumnRecognisedAsNothing_BesideAColumnRead_IsListedAsNotInTheDraft(string text, string language, string column, string date)
    {
        var result = Import(text, language);

        // Was: the date beside it read, the line counted as read, the column gone unsaid ("every one of N lines … is in the draft").
        var draft = result.Draft!;
        Assert.Equal(date, draft.Metadata.Date);
        Assert.Equal("Limited", draft.Metadata.Distribution);
        Assert.Equal("en", draft.Metadata.OriginalLanguage); // "原文：英文" was dropped unsaid too
        var review = result.Review!;
        Assert.Equal([column], review.UnreadLines);
        Assert.Equal(1, review.UnreadLineCount);
        var lines = review.Guesses.Single(g => g.What == "Lines read");
        Assert.Equal(ImportConfidence.Medium, lines.Confidence);
        Assert.StartsWith("1 of ", lines.Why, StringComparison.Ordinal);
        Assert.DoesNotContain(draft.Title, column, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Restricted, "en", "Restricted")]
    [InlineData(RestrictedZh, "zh", "Restricted")]
    public void ADistributionPrintedAlone_InAColumn_IsTheDistribution(string text, string language, string distribution)
    {
        var result = Import(language == "zh" ? text.Replace("限制分发", "内部分发", StringComparison.Ordinal) : text, language);

        // Was: "Restricted" dropped unsaid beside the date (or, standing first, taken for the organ).
        var draft = result.Draft!;
        Assert.Equal(distribution, draft.Metadata.Distribution);
        Assert.Contains(language == "zh" ? "会" : "General Assembly", draft.Metadata.Body, StringComparison.Ordinal);
        Assert.Equal(language == "zh" ? "2026年2月4日" : "4 February 2026", draft.Metadata.Date);
        Assert.Empty(result.Review!.UnreadLines);
    }

    [Fact]
    public void AChineseLimitedDistribution_PrintedAlone_IsKeptAsTheUnPrintsIt()
    {
        Assert.Equal("Limited", Import(RestrictedZh, "zh").Draft!.Metadata.Distribution);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public void ADistributionWordAlone_AndADistrLineSayingOtherwise_TheDistrLineIsKept_TheWordListed(string language)
    {
        var text = language == "zh"
            ? RestrictedZh.Replace("大  会\n", "大  会                                                             Distr.: General\n", StringComparison.Ordinal)
            : Restricted.Replace("General Assembly\n", "General Assembly                                                    Distr.: General\n", StringComparison.Ordinal);

        var result = Import(text, language);

        Assert.Equal("General", result.Draft!.Metadata.Distribution);
        Assert.Equal([language == "zh" ? "限制分发" : "Restricted"], result.Review!.UnreadLines);
    }

    [Theory]
    [InlineData(Board, "en", "4 February 2026")]
    [InlineData(BoardZh, "zh", "2026年2月4日")]
    public void ADateInTheRightColumn_IsTheDateOfIssue_NotPlaceAndDates(string text, string language, string date)
    {
        var draft = Import(text, language).Draft!;

        // Was: "4 February 2026" kept as "Place and dates", and no date of issue.
        Assert.Equal(date, draft.Metadata.Date);
        Assert.Null(draft.Metadata.PlaceAndDates);
        Assert.Equal(language == "zh" ? "第158届会议" : "158th session", draft.Metadata.Session);
    }

    [Theory]
    [InlineData(Board, "en", "4 February 2026", "Geneva, 2–6 February 2026")]
    [InlineData(BoardZh, "zh", "2026年2月4日", "2026年2月2日至6日，日内瓦")]
    public void ADateWrittenOnTheLeftUnderTheSession_IsPlaceAndDates(string text, string language, string date, string place)
    {
        var session = language == "zh" ? "第158届会议" : "158th session";
        var withPlace = text.Replace($"{session} ", $"{session}\n{place} ", StringComparison.Ordinal);
        Assert.Contains(place, withPlace, StringComparison.Ordinal);

        var draft = Import(withPlace, language).Draft!;

        Assert.Equal(place, draft.Metadata.PlaceAndDates);
        Assert.Equal(date, draft.Metadata.Date);
    }

    [Theory]
    [InlineData(Board, "en")]
    [InlineData(BoardZh, "zh")]
    public void ADateAloneUnderTheSession_ALineEach_IsTheDateOfIssue(string text, string language)
    {
        // As text copied a line at a time has it, or a Word file typed so: the date of issue, not a session's place and dates.
        var lines = string.Join('\n', text.Split('\n').SelectMany(l => System.Text.RegularExpressions.Regex.Split(l.Trim(), @"\s{6,}")));

        var draft = Import(lines, language).Draft!;

        Assert.Equal(language == "zh" ? "2026年2月4日" : "4 February 2026", draft.Metadata.Date);
        Assert.Null(draft.Metadata.PlaceAndDates);
    }

    public static TheoryData<string, string> Texts => new()
    {
        { Unknown, "en" }, { UnknownZh, "zh" }, { Restricted, "en" }, { RestrictedZh, "zh" }, { Board, "en" }, { BoardZh, "zh" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void TextPastedWithTabsBetweenTheColumns_ReadsAsThePdfsText(string text, string language)
    {
        var tabbed = Tabbed(text);
        Assert.Contains('\t', tabbed);

        var fromTabs = Import(tabbed, language);
        var fromPdf = Import(text, language);

        Assert.Equal(fromPdf.Draft!.Metadata, fromTabs.Draft!.Metadata);
        Assert.Equal(fromPdf.Draft.Title, fromTabs.Draft.Title);
        Assert.Equal(fromPdf.Review!.UnreadLines, fromTabs.Review!.UnreadLines);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void AWordFileNotOurs_ItsColumnsSetApartByTabs_ReadsAsTheText(string text, string language)
    {
        var lines = Tabbed(text).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

        var fromWord = ImportBytes(Word(body => body.Append(lines.Select(Paragraph))), language);

        AssertSame(Import(text, language), fromWord);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void AWordFileNotOurs_ItsMastheadInATablesCells_ReadsAsTheText(string text, string language)
    {
        // The masthead's lines in a table of two columns, the rest a paragraph a line, as a Word file of another origin lays it out.
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var rows = lines.TakeWhile(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"\S\s{6,}\S")).ToList();
        Assert.NotEmpty(rows);

        var fromWord = ImportBytes(Word(body =>
        {
            var table = new Table();
            foreach (var row in rows)
            {
                var cells = System.Text.RegularExpressions.Regex.Split(row, @"\s{6,}");
                table.Append(new TableRow(cells.Select(c => new TableCell(Paragraph(c)))));
            }

            body.Append(table);
            body.Append(lines.Skip(rows.Count).Select(Paragraph));
        }), language);

        AssertSame(Import(text, language), fromWord);
    }

    [Fact]
    public void ATablesRows_AreNotReadAsMastheadColumns()
    {
        // A table the text holds (ADR 0029) is read whole, its cells in the draft: the preview lists none of them.
        var text = Board.Replace("(2) REQUESTS the Director-General to report to the Eightieth World Health Assembly.",
            "(2) DECIDES that the contributions shall be as follows:\n\nMember State        Rate\nCanada        2.5\nGhana        0.1\n", StringComparison.Ordinal);

        var result = Import(text, "en");

        Assert.Equal(3, result.Review!.TableRows);
        Assert.Empty(result.Review.UnreadLines);
    }

    [Fact]
    public void OurChineseDistributionBlock_ReadsBack_ItsDistributionAndOriginalLanguage()
    {
        // The secretariat may print a Chinese text's block in Chinese ("分发：限制", "原文：英文"; ADR 0010): both were dropped unsaid.
        var draft = Export.TestDrafts.ChineseCosp7();
        Assert.True(draft.SetMetadata(draft.Metadata with { Distribution = "Limited", Date = "6 November 2025", OriginalLanguage = "en" }).IsSuccess);
        var docx = Documents.Export.DocxExporter.Export(draft, new Documents.Export.DocxExportOptions { ChineseDistributionBlock = true });

        var back = ImportBytes(docx, "zh");

        Assert.Equal("Limited", back.Draft!.Metadata.Distribution);
        Assert.Equal("en", back.Draft.Metadata.OriginalLanguage);
        Assert.Equal("2025年11月6日", back.Draft.Metadata.Date);
        Assert.Empty(back.Review!.UnreadLines);
    }

    private static void AssertSame(ImportResult fromText, ImportResult fromWord)
    {
        Assert.Equal(fromText.Draft!.Metadata, fromWord.Draft!.Metadata);
        Assert.Equal(fromText.Draft.Kind, fromWord.Draft.Kind);
        Assert.Equal(fromText.Draft.Title, fromWord.Draft.Title);
        Assert.Equal(fromText.Review!.UnreadLines, fromWord.Review!.UnreadLines);
    }

    private static string Tabbed(string text) =>
        string.Join('\n', text.Split('\n').Select(l => System.Text.RegularExpressions.Regex.Replace(l.Trim(), @"(?<=\S)\s{6,}(?=\S)", "\t")));

    private static Paragraph Paragraph(string line)
    {
        var paragraph = new Paragraph();
        var cells = line.Split('\t');
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                paragraph.Append(new Run(new TabChar()));
            }

            paragraph.Append(new Run(new Text(cells[i]) { Space = SpaceProcessingModeValues.Preserve }));
        }

        return paragraph;
    }

    private static byte[] Word(Action<Body> fill)
    {
        using var buffer = new MemoryStream();
        using (var word = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var body = new Body();
            fill(body);
            word.AddMainDocumentPart().Document = new Document(body);
        }

        return buffer.ToArray();
    }

    private static ImportResult Import(string text, string language) => ImportBytes(Encoding.UTF8.GetBytes(text), language, ImportFormat.Text);

    private static ImportResult ImportBytes(byte[] bytes, string language, ImportFormat format = ImportFormat.Docx)
    {
        var result = DraftImporter.Import(bytes, new ImportOptions { Format = format, Language = language });
        Assert.True(result.IsSuccess, result.Error);
        return result;
    }
}
