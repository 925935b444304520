using System.Xml.Linq;
using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Style;
using static ResolutionDrafts.Documents.Tests.Export.DocxFile;

namespace ResolutionDrafts.Documents.Tests.Export;

public sealed class DocxExporterTests
{
    public static TheoryData<string> Samples => new()
    {
        "cuba", "chinese", "rich", "rich-letter", "rich-first-line", "revised", "amendment", "adopted", "single", "empty", "no-additional",
    };

    internal static DocxFile Export(string sample) => new(sample switch
    {
        "cuba" => DocxExporter.Export(TestDrafts.CubaEmbargo()),
        "chinese" => DocxExporter.Export(TestDrafts.ChineseCosp7()),
        "rich" => DocxExporter.Export(TestDrafts.Rich()),
        "rich-letter" => DocxExporter.Export(TestDrafts.Rich(), new DocxExportOptions { PageSize = PageSize.Letter, FontName = "Arial", FontSizePoints = 11 }),
        "rich-first-line" => DocxExporter.Export(TestDrafts.Rich(), new DocxExportOptions { NumberLayout = OperativeNumberLayout.FirstLineIndent }),
        "revised" => DocxExporter.Export(TestDrafts.Rich(DocumentKind.RevisedDraftResolution)),
        "amendment" => DocxExporter.Export(TestDrafts.Rich(DocumentKind.Amendment)),
        "adopted" => DocxExporter.Export(TestDrafts.Adopted()),
        "single" => DocxExporter.Export(TestDrafts.SingleOperative()),
        "empty" => DocxExporter.Export(Draft.Create(DraftLanguage.English).Value!),
        "no-additional" => DocxExporter.Export(TestDrafts.Rich(), new DocxExportOptions { ListAdditionalSponsors = false }),
        _ => throw new ArgumentOutOfRangeException(nameof(sample)),
    });

    [Theory]
    [MemberData(nameof(Samples))]
    public void Export_AnyDraft_ValidatesWithZeroErrors(string sample)
    {
        var file = Export(sample);

        Assert.Empty(file.ValidationErrors);
    }

    [Fact]
    public void Export_FirstPage_PutsSymbolTopRightAndDistributionBlockBelowIt()
    {
        var rows = Export("cuba").Masthead.Elements(W + "tr").ToList();

        Assert.Equal(2, rows.Count);
        var upper = rows[0].Elements(W + "tc").Select(c => VisibleText(c)).ToList();
        var lower = rows[1].Elements(W + "tc").Select(c => VisibleText(c)).ToList();
        Assert.Equal(["United Nations", "A/80/L.6"], upper);
        Assert.Equal(["General Assembly", "Distr.: Limited\n7 October 2025\n\nOriginal: English"], lower);
        var symbol = rows[0].Elements(W + "tc").Last().Descendants(W + "p").Single();
        Assert.Equal("MastheadSymbol", StyleOf(symbol));
    }

    [Fact]
    public void Export_FirstPage_PrintsSessionAgendaSponsorsTitleAndAuthorLineInOrder()
    {
        var lines = Export("cuba").BodyParagraphs.Take(7).Select(p => (StyleOf(p), VisibleText(p))).ToList();

        var title = "Necessity of ending the economic, commercial and financial embargo imposed by the United States of America against Cuba";
        Assert.Equal(
            [
                ("SessionLine", "Eightieth session"), ("SessionLine", "Agenda item 38"), ("AgendaTitle", title),
                ("SponsorsLine", "Cuba: draft resolution"), ("ResolutionTitle", title), ("AuthorLine", "The General Assembly,"),
                ("PP", "Determined to encourage strict compliance with the purposes and principles enshrined in the Charter of the United Nations,"),
            ],
            lines);
    }

    [Theory]
    [InlineData("cuba")]
    [InlineData("rich")]
    public void Export_EnglishParagraphs_ItalicisesExactlyTheOpeningPhrase(string sample)
    {
        var draft = sample == "cuba" ? TestDrafts.CubaEmbargo() : TestDrafts.Rich();
        var file = Export(sample);
        var paragraphs = file.BodyParagraphs.Where(p => StyleOf(p) is "PP" or "OP").ToList();

        Assert.Equal(draft.Paragraphs.Count, paragraphs.Count);
        foreach (var (paragraph, expected) in paragraphs.Zip(draft.Paragraphs))
        {
            var italic = string.Concat(paragraph.Descendants(W + "r").Where(IsItalic).Select(RunText));
            Assert.Equal(OpeningPhrase.Of(expected.Text, "en"), italic);
            Assert.NotEqual("", italic);
            var first = paragraph.Descendants(W + "r").First(r => RunText(r).Trim().Length > 0 && !RunText(r).EndsWith('\t'));
            Assert.True(IsItalic(first), "the opening phrase comes first");
        }

        var author = file.ParagraphsWithStyle("AuthorLine").Single();
        Assert.Equal("The General Assembly", string.Concat(author.Descendants(W + "r").Where(IsItalic).Select(RunText)));
        Assert.All(file.BodyParagraphs.Where(p => StyleOf(p)!.StartsWith("SubParagraph", StringComparison.Ordinal)),
            p => Assert.DoesNotContain(p.Descendants(W + "r"), IsItalic));
    }

    [Theory]
    [InlineData("cuba", 5)]
    [InlineData("rich", 3)]
    [InlineData("chinese", 6)]
    public void Export_OperativeParagraphs_AreNumberedOneToNAsText(string sample, int count)
    {
        var operative = Export(sample).ParagraphsWithStyle("OP").Select(VisibleText).ToList();

        Assert.Equal(count, operative.Count);
        for (var i = 0; i < count; i++)
        {
            Assert.StartsWith($"{i + 1}.\t", operative[i]);
        }
    }

    [Fact]
    public void Export_SingleOperativeParagraph_IsNotNumberedAndSetLikePreambular()
    {
        var op = Export("single").ParagraphsWithStyle("OP").Single();

        Assert.Equal("Decides to remain actively seized of the matter.", VisibleText(op));
        var indent = op.Element(W + "pPr")!.Element(W + "ind")!;
        Assert.Equal("720", indent.Attribute(W + "firstLine")?.Value);
    }

    [Fact]
    public void Export_SubParagraphs_CarryTheirMarkersAndDepthStyles()
    {
        var subs = Export("rich").BodyParagraphs
            .Where(p => StyleOf(p)!.StartsWith("SubParagraph", StringComparison.Ordinal))
            .Select(p => (StyleOf(p), VisibleText(p)))
            .ToList();

        Assert.Equal(
            [
                ("SubParagraph1", "(a)\tTo report on the implementation of the Convention;1"), // the repeated note prints its number
                ("SubParagraph1", "(b)\tTo consult:"),
                ("SubParagraph2", "(i)\tMember States;"),
                ("SubParagraph2", "(ii)\tObservers, including:"),
                ("SubParagraph3", "a.\tintergovernmental organizations."),
            ],
            subs);
    }

    [Fact]
    public void Export_Footnotes_AreRealWordFootnotesWithTheirTexts()
    {
        var file = Export("rich");

        var notes = file.RealFootnotes.Select(f => VisibleText(f).TrimStart('\t')).ToList();
        Assert.Equal(["Resolution 44/25, annex.", "A/80/150."], notes);
        var references = file.Body.Descendants(W + "footnoteReference").Select(r => r.Attribute(W + "id")!.Value).ToList();
        Assert.Equal(["1", "2"], references);
        Assert.Equal(2, file.Settings.Root!.Element(W + "footnotePr")!.Elements(W + "footnote").Count());
    }

    [Fact]
    public void Export_FootnoteReferencedTwice_KeepsOneNoteAndOneNumber()
    {
        var file = Export("rich");

        // OP2 (a) refers again to note 1 of PP1: a NOTEREF field to the bookmark around PP1's reference.
        var first = file.ParagraphsWithStyle("PP").First();
        var bookmark = first.Element(W + "bookmarkStart")!;
        Assert.Equal("_RdFootnote1", bookmark.Attribute(W + "name")!.Value);
        Assert.Equal("1", bookmark.ElementsAfterSelf(W + "r").First().Element(W + "footnoteReference")!.Attribute(W + "id")!.Value);

        var repeat = file.ParagraphsWithStyle("SubParagraph1").First();
        Assert.Empty(repeat.Descendants(W + "footnoteReference"));
        Assert.Equal(" NOTEREF _RdFootnote1 \\f \\h ", repeat.Descendants(W + "instrText").Single().Value);
        var result = repeat.Descendants(W + "r").SkipWhile(r => r.Element(W + "fldChar")?.Attribute(W + "fldCharType")?.Value != "separate").Skip(1).First();
        Assert.Equal("1", RunText(result));
        Assert.Equal("FootnoteReference", result.Element(W + "rPr")!.Element(W + "rStyle")!.Attribute(W + "val")!.Value);
    }

    [Fact]
    public void Export_ChineseFootnoteReferencedThreeTimes_KeepsItsNumberEverywhere()
    {
        var file = Export("chinese");

        Assert.Equal(3, file.RealFootnotes.Count);
        Assert.Equal(["联合国，《条约汇编》，第 2349 卷，第 42146 号。", "大会第 70/1 号决议。", "CAC/COSP/2017/3 和 CAC/COSP/2017/7。"],
            file.RealFootnotes.Select(f => VisibleText(f).TrimStart('\t')));
        var noteRefs = file.Body.Descendants(W + "instrText").Select(i => i.Value.Trim()).ToList();
        Assert.Equal(["NOTEREF _RdFootnote1 \\f \\h", "NOTEREF _RdFootnote1 \\f \\h"], noteRefs);
    }

    [Fact]
    public void Export_Chinese_HasNoItalicsAndSimSunAtTenAndAHalfPoints()
    {
        var file = Export("chinese");

        Assert.DoesNotContain(file.Body.Descendants(W + "r"), IsItalic);
        var defaults = file.Styles.Root!.Element(W + "docDefaults")!.Element(W + "rPrDefault")!.Element(W + "rPr")!;
        Assert.Equal("SimSun", defaults.Element(W + "rFonts")!.Attribute(W + "eastAsia")!.Value);
        Assert.Equal("21", defaults.Element(W + "sz")!.Attribute(W + "val")!.Value);
        Assert.Equal("zh-CN", defaults.Element(W + "lang")!.Attribute(W + "eastAsia")!.Value);
        Assert.Equal("澳大利亚、巴西、以色列和美利坚合众国：决议修订草案", VisibleText(file.ParagraphsWithStyle("SponsorsLine").Single()));
        Assert.Equal("Distr.: Limited\n2017年11月9日\nChinese\nOriginal: English", VisibleText(file.Masthead.Elements(W + "tr").Last().Elements(W + "tc").Last()));
    }

    [Fact]
    public void Export_English_IsTimesNewRomanTenPointOnExactTwelvePointLinesJustified()
    {
        var file = Export("cuba");

        var defaults = file.Styles.Root!.Element(W + "docDefaults")!;
        var run = defaults.Element(W + "rPrDefault")!.Element(W + "rPr")!;
        Assert.Equal("Times New Roman", run.Element(W + "rFonts")!.Attribute(W + "ascii")!.Value);
        Assert.Equal("20", run.Element(W + "sz")!.Attribute(W + "val")!.Value);
        var spacing = file.Style("Normal")!.Element(W + "pPr")!.Element(W + "spacing")!;
        Assert.Equal(("240", "exact"), (spacing.Attribute(W + "line")!.Value, spacing.Attribute(W + "lineRule")!.Value));
        Assert.Equal("both", file.Style("SingleTxt")!.Element(W + "pPr")!.Element(W + "jc")!.Attribute(W + "val")!.Value);
    }

    [Fact]
    public void Export_FontAndSizeOptions_ChangeTheDefaults()
    {
        var run = Export("rich-letter").Styles.Root!.Element(W + "docDefaults")!.Element(W + "rPrDefault")!.Element(W + "rPr")!;

        Assert.Equal("Arial", run.Element(W + "rFonts")!.Attribute(W + "hAnsi")!.Value);
        Assert.Equal("22", run.Element(W + "sz")!.Attribute(W + "val")!.Value);
    }

    [Theory]
    [InlineData("cuba", 11906, 16838)]
    [InlineData("rich-letter", 12240, 15840)]
    public void Export_PageSize_IsA4UnlessLetterIsAskedFor(string sample, int width, int height)
    {
        var size = Export(sample).Body.Element(W + "sectPr")!.Element(W + "pgSz")!;

        Assert.Equal((width.ToString(), height.ToString()), (size.Attribute(W + "w")!.Value, size.Attribute(W + "h")!.Value));
    }

    [Fact]
    public void Export_HeaderAndFooter_StartOnPageTwoWithSymbolAndPageNumber()
    {
        var file = Export("cuba");
        var section = file.Body.Element(W + "sectPr")!;

        Assert.NotNull(section.Element(W + "titlePg"));
        Assert.NotNull(file.Settings.Root!.Element(W + "evenAndOddHeaders"));
        string Header(string type) => VisibleText(file.Headers[section.Elements(W + "headerReference").Single(h => h.Attribute(W + "type")!.Value == type).Attribute(XName.Get("id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"))!.Value].Root!);
        Assert.Equal("", Header("first"));
        Assert.Equal("A/80/L.6", Header("default"));
        Assert.Equal("A/80/L.6", Header("even"));
        var footer = file.Footers.Values.Select(f => string.Join(" ", f.Descendants(W + "fldSimple").Select(s => s.Attribute(W + "instr")!.Value.Trim()))).ToList();
        Assert.Equal(2, footer.Count(f => f == "PAGE NUMPAGES"));
    }

    [Fact]
    public void Export_DocumentProperties_NameTitleSymbolAndOrganisation()
    {
        var file = new DocxFile(DocxExporter.Export(TestDrafts.CubaEmbargo(), new DocxExportOptions { Organisation = "Permanent Mission of Cuba" }));

        Assert.Equal("Necessity of ending the economic, commercial and financial embargo imposed by the United States of America against Cuba", file.Title);
        Assert.Equal("A/80/L.6", file.Subject);
        Assert.Equal("Permanent Mission of Cuba", file.Creator);
        Assert.Equal("Permanent Mission of Cuba", file.Company);
    }

    [Fact]
    public void Export_Styles_AreNamedAndEveryParagraphUsesOne()
    {
        var file = Export("rich");

        foreach (var id in new[] { "SingleTxt", "H1", "H23", "PP", "OP", "SubParagraph1", "SubParagraph2", "SubParagraph3", "SponsorsLine", "ResolutionTitle", "AuthorLine", "SectionHeading", "MastheadSymbol" })
        {
            Assert.NotNull(file.Style(id));
        }

        Assert.All(file.Body.Descendants(W + "p"), p => Assert.NotNull(StyleOf(p)));
        Assert.All(file.Body.Descendants(W + "p"), p => Assert.NotNull(file.Style(StyleOf(p)!)));
    }

    [Fact]
    public void Export_SectionHeading_IsCentredBoldBeforeItsParagraph()
    {
        var file = Export("rich");
        var paragraphs = file.BodyParagraphs.ToList();

        var heading = paragraphs.First(p => StyleOf(p) == "SectionHeading");
        Assert.Equal("I. General", VisibleText(heading));
        Assert.Equal("OP", StyleOf(paragraphs[paragraphs.IndexOf(heading) + 1]));
        Assert.Equal("center", file.Style("SectionHeading")!.Element(W + "pPr")!.Element(W + "jc")!.Attribute(W + "val")!.Value);
        Assert.Equal("H23", file.Style("SectionHeading")!.Element(W + "basedOn")!.Attribute(W + "val")!.Value);
        Assert.NotNull(file.Style("H23")!.Element(W + "rPr")!.Element(W + "b"));
        Assert.NotNull(file.Style("H1")!.Element(W + "rPr")!.Element(W + "b"));
    }

    [Fact]
    public void Export_AdoptedResolution_HasAdoptedHeadingAndNoSponsorsLine()
    {
        var file = Export("adopted");

        Assert.Empty(file.ParagraphsWithStyle("SponsorsLine"));
        Assert.Equal("Resolution adopted by the General Assembly", VisibleText(file.ParagraphsWithStyle("AdoptedHeading").Single()));
        Assert.StartsWith("80/4. Necessity", VisibleText(file.ParagraphsWithStyle("ResolutionTitle").Single()), StringComparison.Ordinal);
    }

    [Fact]
    public void Export_Amendment_NamesTheAmendedDraftAndPrintsNoItalics()
    {
        var file = Export("amendment");

        Assert.Equal("Australia, Brazil and Chile: amendment to revised draft resolution A/C.3/80/L.19/Rev.1", VisibleText(file.ParagraphsWithStyle("SponsorsLine").Single()));
        Assert.DoesNotContain(file.ParagraphsWithStyle("OP").SelectMany(p => p.Descendants(W + "r")), IsItalic);
    }

    [Theory]
    [InlineData("rich", true)]
    [InlineData("no-additional", false)]
    public void Export_AdditionalSponsors_AreListedAfterTheTextUnlessTurnedOff(string sample, bool listed)
    {
        var file = Export(sample);

        Assert.Equal("Australia, Brazil and Chile: draft resolution", VisibleText(file.ParagraphsWithStyle("SponsorsLine").Single()));
        var additional = file.ParagraphsWithStyle("AdditionalSponsors").Select(VisibleText).ToList();
        Assert.Equal(listed ? ["Additional sponsors: Peru"] : [], additional);
    }

    [Fact]
    public void Export_ParagraphTexts_AreTheDraftTextsAfterTheirMarkers()
    {
        var draft = TestDrafts.Rich();
        var texts = TrackedChanges.Paragraphs(Export("rich"));
        var notes = draft.Footnotes.ToDictionary(f => $"[^{f.Number}]", f => $"[^{f.Text}]");

        foreach (var node in draft.AllNodes())
        {
            var expected = notes.Aggregate(node.Text, (text, note) => text.Replace(note.Key, note.Value, StringComparison.Ordinal));
            Assert.Contains(texts, t => t == expected || t.EndsWith("\t" + expected, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Export_TextWithCharactersXmlCannotCarry_StillValidates()
    {
        // Control characters XML 1.0 cannot carry; half characters never reach a draft (ParagraphText).
        var draft = TestDrafts.Rich();
        TestDrafts.Ok(draft.SetText("op3", "Decides\u0001 to remain seized 😀 of the matter.\u000B"));

        var file = new DocxFile(DocxExporter.Export(draft));

        Assert.Empty(file.ValidationErrors);
        Assert.Contains(file.ParagraphsWithStyle("OP"), p => VisibleText(p).EndsWith("Decides to remain seized 😀 of the matter.", StringComparison.Ordinal));
    }

    [Fact]
    public void Export_ReferenceToMissingFootnote_StaysAsWritten()
    {
        var draft = TestDrafts.Rich();
        TestDrafts.Ok(draft.SetText("op3", "Decides to remain seized of the matter.[^9]"));

        var file = new DocxFile(DocxExporter.Export(draft));

        Assert.Empty(file.ValidationErrors);
        Assert.EndsWith("matter.[^9]", VisibleText(file.ParagraphsWithStyle("OP").Last()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportAsync_ToANonSeekableStream_WritesTheSameDocument()
    {
        var draft = TestDrafts.Rich();
        using var sink = new NonSeekableStream();

        await DocxExporter.ExportAsync(draft, sink, new DocxExportOptions { Timestamp = DateTimeOffset.UnixEpoch });

        Assert.Empty(new DocxFile(sink.ToArray()).ValidationErrors);
    }

    private sealed class NonSeekableStream : MemoryStream
    {
        public override bool CanSeek => false;
    }
}
