using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ResolutionDrafts.Documents.Export;

/// <summary>
/// The styles part: every paragraph carries a named style and no direct formatting, so a person
/// who edits the document in Word changes the look in one place, as in the DGACM template.
/// </summary>
internal static class DocxStyles
{
    public static Styles Build(DocxExportOptions options, bool chinese, PageGeometry page)
    {
        var size = HalfPoints(chinese ? options.ChineseFontSizePoints : options.FontSizePoints);
        var line = Twips(chinese ? options.ChineseLineSpacingPoints : options.LineSpacingPoints);
        var hanging = options.NumberLayout == OperativeNumberLayout.Hanging;
        const int indent = PageGeometry.TextIndent, step = PageGeometry.Step;

        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = options.FontName, HighAnsi = options.FontName, ComplexScript = options.FontName, EastAsia = options.EastAsianFontName },
                    new FontSize { Val = size },
                    new FontSizeComplexScript { Val = size },
                    new Languages { Val = chinese ? "zh-CN" : "en-GB", EastAsia = "zh-CN", Bidi = "ar-SA" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "0", Line = line, LineRule = LineSpacingRuleValues.Exact }))));

        styles.Append(
            Paragraph(StyleIds.Normal, "Normal", null, new StyleParagraphProperties(Spacing(0, 0, line)), isDefault: true),
            Paragraph(StyleIds.SingleTxt, "SingleTxt", StyleIds.Normal, new StyleParagraphProperties(
                Spacing(0, 120, line), new Indentation { Left = Tw(indent), Right = Tw(indent) }, new Justification { Val = JustificationValues.Both })),
            Paragraph(StyleIds.H1, "H1", StyleIds.Normal, new StyleParagraphProperties(
                new KeepNext(), new KeepLines(), Spacing(0, 0, Twips(14)), new Indentation { Left = Tw(indent), Right = Tw(indent) }),
                new StyleRunProperties(new Bold(), new FontSize { Val = HalfPoints(12) }, new FontSizeComplexScript { Val = HalfPoints(12) })),
            Paragraph(StyleIds.H23, "H23", StyleIds.Normal, new StyleParagraphProperties(
                new KeepNext(), new KeepLines(), new Indentation { Left = Tw(indent), Right = Tw(indent) }),
                new StyleRunProperties(new Bold())),

            Paragraph(StyleIds.MastheadOrganisation, "Masthead organisation", StyleIds.Normal, new StyleParagraphProperties(SingleSpacing(0, 0)),
                new StyleRunProperties(new FontSize { Val = HalfPoints(10) })),
            Paragraph(StyleIds.MastheadSymbol, "Masthead symbol", StyleIds.Normal, new StyleParagraphProperties(SingleSpacing(0, 0), new Justification { Val = JustificationValues.Right }),
                new StyleRunProperties(new FontSize { Val = HalfPoints(18) })),
            Paragraph(StyleIds.MastheadOrgan, "Masthead organ", StyleIds.Normal, new StyleParagraphProperties(SingleSpacing(0, 40)),
                new StyleRunProperties(new Bold(), new FontSize { Val = HalfPoints(16) }, new FontSizeComplexScript { Val = HalfPoints(16) })),
            Paragraph(StyleIds.MastheadDistribution, "Masthead distribution", StyleIds.Normal, new StyleParagraphProperties(Spacing(0, 40, Twips(12))),
                new StyleRunProperties(new FontSize { Val = HalfPoints(10) }, new FontSizeComplexScript { Val = HalfPoints(10) })),

            Paragraph(StyleIds.SessionLine, "Session line", StyleIds.Normal, new StyleParagraphProperties(new KeepNext())),
            Paragraph(StyleIds.AgendaTitle, "Agenda item title", StyleIds.H23, new StyleParagraphProperties(
                new Indentation { Left = "0", Right = Tw(page.TextWidth / 2) })),
            Paragraph(StyleIds.AdoptedHeading, "Adopted heading", StyleIds.H1, new StyleParagraphProperties(Spacing(480, 240, Twips(14)), new Indentation { Left = "0" })),
            Paragraph(StyleIds.CouncilResolutionNumber, "Council resolution number", StyleIds.H1, new StyleParagraphProperties(
                new KeepNext(), Spacing(480, 0, Twips(14)), new Indentation { Left = "0", Right = "0", Hanging = "0" }, new Justification { Val = JustificationValues.Center })),
            Paragraph(StyleIds.AdoptionLine, "Adoption line", StyleIds.Normal, new StyleParagraphProperties(
                new KeepNext(), Spacing(0, 360, line), new Justification { Val = JustificationValues.Center })),
            // As A/RES/75/100 prints it: under the heading, at the left margin, before the title.
            Paragraph(StyleIds.CommitteeLine, "Committee line", StyleIds.Normal, new StyleParagraphProperties(
                new KeepNext(), Spacing(0, 360, line), new Indentation { Left = "0", Right = "0" }, new Justification { Val = JustificationValues.Left })),
            // "41st plenary meeting" and its date under it, at the end, in the right half of the text's width.
            Paragraph(StyleIds.MeetingLine, "Meeting line", StyleIds.Normal, new StyleParagraphProperties(
                new KeepNext(), new KeepLines(), Spacing(360, 0, line), new Indentation { Left = Tw(page.TextWidth / 2), Right = "0" }, new ContextualSpacing(),
                new Justification { Val = JustificationValues.Left })),
            // The Human Rights Council's vote, a blank line under the meeting's date, as A/HRC/RES/55/2 prints "[Adopted without a
            // vote.]" (ADR 0034, amendment 3): its first line; the rest of the bracket is SingleTxt.
            Paragraph(StyleIds.PrintedVote, "Printed vote", StyleIds.SingleTxt, new StyleParagraphProperties(
                Spacing(int.Parse(line, CultureInfo.InvariantCulture), 120, line))),
            Paragraph(StyleIds.SponsorsLine, "Sponsors line", StyleIds.SingleTxt, new StyleParagraphProperties(
                new KeepNext(), Spacing(600, 360, line), new Justification { Val = JustificationValues.Left })),
            Paragraph(StyleIds.SponsorsUnderTitle, "Sponsors line under the title", StyleIds.SingleTxt, new StyleParagraphProperties(
                new KeepNext(), Spacing(0, 360, line), new Indentation { Left = Tw(indent), Right = Tw(indent + step) }, new Justification { Val = JustificationValues.Left })),
            Paragraph(StyleIds.ResolutionTitle, "Resolution title", StyleIds.H1, new StyleParagraphProperties(
                Spacing(0, 360, Twips(14)), new Indentation { Left = Tw(indent), Right = Tw(indent + step) })),
            Paragraph(StyleIds.AuthorLine, StyleIds.AuthorLineName, StyleIds.SingleTxt, new StyleParagraphProperties(
                new KeepNext(), new Indentation { FirstLine = Tw(step) })),
            Paragraph(StyleIds.Preambular, "Preambular paragraph", StyleIds.SingleTxt, new StyleParagraphProperties(
                new Indentation { Left = Tw(indent), Right = Tw(indent), FirstLine = Tw(step) })),
            Paragraph(StyleIds.Operative, "Operative paragraph", StyleIds.SingleTxt, NumberedParagraph(hanging, 0)),
            Paragraph(StyleIds.SubParagraph1, "Sub-paragraph (a)", StyleIds.SingleTxt, NumberedParagraph(hanging, 1)),
            Paragraph(StyleIds.SubParagraph2, "Sub-paragraph (i)", StyleIds.SingleTxt, NumberedParagraph(hanging, 2)),
            Paragraph(StyleIds.SubParagraph3, "Sub-paragraph a.", StyleIds.SingleTxt, NumberedParagraph(hanging, 3)),
            Paragraph(StyleIds.SubParagraph4, "Sub-paragraph i.", StyleIds.SingleTxt, NumberedParagraph(hanging, 4)),
            Paragraph(StyleIds.QuotedText, StyleIds.QuotedTextName, StyleIds.SingleTxt, QuotedLines(0)),
            Paragraph(StyleIds.QuotedTextInSubParagraph, StyleIds.QuotedTextInSubParagraphName, StyleIds.SingleTxt, QuotedLines(1)),
            Paragraph(StyleIds.SectionHeading, "Section heading", StyleIds.H23, new StyleParagraphProperties(
                new KeepNext(), new KeepLines(), Spacing(240, 120, line), new Justification { Val = JustificationValues.Center })),
            Paragraph(StyleIds.PartLetter, "Part letter", StyleIds.H1, new StyleParagraphProperties(
                new KeepNext(), Spacing(360, 120, Twips(14)), new Indentation { Left = "0", Right = "0" }, new Justification { Val = JustificationValues.Center })),
            Paragraph(StyleIds.PartTitle, "Part title", StyleIds.H1, new StyleParagraphProperties(
                new KeepNext(), Spacing(0, 240, Twips(14)), new Indentation { Left = Tw(indent), Right = Tw(indent) }, new Justification { Val = JustificationValues.Center })),
            Paragraph(StyleIds.AdditionalSponsors, "Additional sponsors", StyleIds.SingleTxt, new StyleParagraphProperties(
                Spacing(240, 120, line), new Justification { Val = JustificationValues.Left })),
            Paragraph(StyleIds.EndRule, "End rule", StyleIds.Normal, new StyleParagraphProperties(
                Spacing(240, 0, line), new Justification { Val = JustificationValues.Center })),

            Paragraph(StyleIds.CompilationTitle, "Compilation title", StyleIds.H1, new StyleParagraphProperties(
                Spacing(0, 120, Twips(14)), new Indentation { Left = "0", Right = "0" })),
            Paragraph(StyleIds.CompilationSubject, "Compilation subject", StyleIds.H23, new StyleParagraphProperties(
                new Indentation { Left = "0", Right = "0" })),
            Paragraph(StyleIds.CompilationText, "Compilation text", StyleIds.Normal, new StyleParagraphProperties(new KeepNext())),
            Paragraph(StyleIds.TableText, "Table text", StyleIds.Normal, new StyleParagraphProperties(
                Spacing(0, 60, line), new Justification { Val = JustificationValues.Left })),
            Paragraph(StyleIds.TableHeading, "Table heading", StyleIds.TableText, null, new StyleRunProperties(new Bold())),

            Paragraph(StyleIds.FootnoteText, "footnote text", StyleIds.Normal, new StyleParagraphProperties(
                Spacing(0, 0, Twips(10)), new Indentation { Left = Tw(indent + 360), Hanging = "360" }, new Justification { Val = JustificationValues.Both }),
                new StyleRunProperties(new FontSize { Val = HalfPoints(8) }, new FontSizeComplexScript { Val = HalfPoints(8) })),
            Character(StyleIds.FootnoteReference, "footnote reference", new StyleRunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript })),
            Paragraph(StyleIds.Header, "header", StyleIds.Normal, new StyleParagraphProperties(
                new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 1, Color = "auto" }), Spacing(0, 0, Twips(10))),
                new StyleRunProperties(new Bold(), new FontSize { Val = HalfPoints(8.5) }, new FontSizeComplexScript { Val = HalfPoints(8.5) })),
            Paragraph(StyleIds.Footer, "footer", StyleIds.Normal, new StyleParagraphProperties(Spacing(0, 0, Twips(10))),
                new StyleRunProperties(new Bold(), new FontSize { Val = HalfPoints(8) }, new FontSizeComplexScript { Val = HalfPoints(8) })));
        return styles;
    }

    /// <summary>Quoted lines (ADR 0028): a block indented one step past the quoting text's own, as the UN prints a quoted rule.</summary>
    private static StyleParagraphProperties QuotedLines(int depth)
    {
        const int indent = PageGeometry.TextIndent, step = PageGeometry.Step;
        return new StyleParagraphProperties(new Indentation { Left = Tw(indent + ((depth + 2) * step)), Right = Tw(indent + step) });
    }

    /// <summary>Operative paragraph (depth 0) or sub-paragraph: the marker hangs, or sits in the first-line indent.</summary>
    private static StyleParagraphProperties NumberedParagraph(bool hanging, int depth)
    {
        const int indent = PageGeometry.TextIndent, step = PageGeometry.Step;
        if (hanging)
        {
            // OP: "1." at the SingleTxt edge, text one step in; (a) under the OP text, and so on.
            var textAt = indent + ((depth + 1) * step);
            return new StyleParagraphProperties(new Indentation { Left = Tw(textAt), Right = Tw(indent), Hanging = Tw(step) });
        }

        // As issued documents: the marker in the first-line indent, a tab, then the text; later lines run back to the edge.
        const int half = 567;
        var markerAt = indent + step + (depth * half);
        return new StyleParagraphProperties(
            new Tabs(new TabStop { Val = TabStopValues.Left, Position = markerAt + half }),
            new Indentation { Left = Tw(indent), Right = Tw(indent), FirstLine = Tw(markerAt - indent) });
    }

    private static Style Paragraph(string id, string name, string? basedOn, StyleParagraphProperties? paragraph = null, StyleRunProperties? run = null, bool isDefault = false)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? true : null, CustomStyle = IsCustom(id) ? true : null };
        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        style.Append(new PrimaryStyle());
        if (paragraph is not null)
        {
            style.Append(paragraph);
        }

        if (run is not null)
        {
            style.Append(run);
        }

        return style;
    }

    private static Style Character(string id, string name, StyleRunProperties run)
    {
        var style = new Style { Type = StyleValues.Character, StyleId = id };
        style.Append(new StyleName { Val = name }, run);
        return style;
    }

    private static bool IsCustom(string id) => id is not (StyleIds.Normal or StyleIds.FootnoteText or StyleIds.Header or StyleIds.Footer);

    private static SpacingBetweenLines Spacing(int before, int after, string line) =>
        new() { Before = Tw(before), After = Tw(after), Line = line, LineRule = LineSpacingRuleValues.Exact };

    private static SpacingBetweenLines SingleSpacing(int before, int after) =>
        new() { Before = Tw(before), After = Tw(after), Line = "240", LineRule = LineSpacingRuleValues.Auto };

    private static string Tw(int twips) => twips.ToString(CultureInfo.InvariantCulture);

    /// <summary>Points to twentieths of a point, for exact line heights.</summary>
    private static string Twips(double points) => ((int)Math.Round(points * 20)).ToString(CultureInfo.InvariantCulture);

    private static string HalfPoints(double points) => ((int)Math.Round(points * 2)).ToString(CultureInfo.InvariantCulture);
}
