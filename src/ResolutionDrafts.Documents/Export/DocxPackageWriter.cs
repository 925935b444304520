using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.ExtendedProperties;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ResolutionDrafts.Documents.Export;

/// <summary>
/// Writes the DOCX package: document body (masthead table when there are masthead lines, then
/// paragraphs, then a table when the content has one), styles, settings, footnotes, headers and
/// footers (none on the first page, the symbol and "n/N" from page 2, on the outer side of even
/// and odd pages), and the core and extended properties, and the custom property that says the file is ours
/// (<see cref="OurExport"/>).
/// </summary>
internal static class DocxPackageWriter
{
    public static void Write(Stream output, DocxContent content, DocxExportOptions options)
    {
        var page = PageGeometry.For(options.PageSize);
        if (content.Landscape)
        {
            page = page.Turned();
        }

        var now = options.Timestamp ?? DateTimeOffset.UtcNow;
        var stamp = new RevisionStamp(content.RevisionAuthor, now);
        var ordered = content.Paragraphs.Where(p => p.Zone != LineZone.Body).OrderBy(p => p.Zone).Concat(content.Paragraphs.Where(p => p.Zone == LineZone.Body)
            .SelectMany((p, i) => content.TablesAfter?.GetValueOrDefault(i) is { } tables ? tables.SelectMany(t => t.CellParagraphs()).Prepend(p) : [p]));
        var footnotes = new FootnoteRegistry(ordered, content.Marks, content.FootnoteContent);
        var runs = new RunWriter(content.Marks, footnotes, stamp) { RaiseSuperscriptDigits = content.RaiseSuperscriptDigits };

        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var body = new Body();
        var hasMasthead = content.Paragraphs.Any(p => p.Zone != LineZone.Body);
        if (hasMasthead)
        {
            body.Append(Masthead(content.Paragraphs, page, runs));
        }

        var first = hasMasthead;
        foreach (var (paragraph, i) in content.Paragraphs.Where(p => p.Zone == LineZone.Body).Select((p, i) => (p, i)))
        {
            body.Append(BodyParagraph(paragraph, runs, stamp, spaceBefore: first));
            first = false;
            foreach (var printed in content.TablesAfter?.GetValueOrDefault(i) ?? [])
            {
                // A paragraph's table under it, then a blank line's space before what follows (ADR 0029).
                body.Append(DocxDraftTables.WriteAll(printed, page, runs));
                var spacer = new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.TableText });
                if (printed.WholeRevision is { } whole)
                {
                    // In a comparison, a table added or removed whole takes its blank line with it.
                    spacer.Append(new ParagraphMarkRunProperties(runs.RowRevision(whole)));
                }

                body.Append(new Paragraph(spacer));
            }
        }

        if (content.Table is { } table)
        {
            body.Append(DocxTableWriter.Table(table, page, (paragraph, pieces) => runs.Write(paragraph, pieces, null)));

            // A document ends with a paragraph, never with a table.
            body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.Normal })));
        }

        main.AddNewPart<StyleDefinitionsPart>().Styles = DocxStyles.Build(options, content.Chinese, page);
        main.AddNewPart<DocumentSettingsPart>().Settings = Settings(content);
        main.AddNewPart<FootnotesPart>().Footnotes = footnotes.Footnotes;
        body.Append(Section(main, content.Symbol, page, options));
        main.Document = new Document(body);

        var properties = document.PackageProperties;
        properties.Title = content.Title;
        properties.Subject = content.Symbol ?? "";
        properties.Creator = options.Organisation;
        properties.LastModifiedBy = options.Organisation;
        properties.Language = content.Chinese ? "zh-CN" : content.Language;
        properties.Created = now.UtcDateTime;
        properties.Modified = now.UtcDateTime;
        document.AddExtendedFilePropertiesPart().Properties = new Properties(
            new Application("ResolutionDrafts"),
            new Company(options.Organisation));
        OurExport.Mark(document, content.SubParagraphNumbering, content.DraftSymbol, content.OperativeNumbering, content.Kind, content.Revision);
    }

    private static Paragraph BodyParagraph(DocParagraph source, RunWriter runs, RevisionStamp stamp, bool spaceBefore)
    {
        var properties = new ParagraphProperties(new ParagraphStyleId { Val = source.StyleId });
        if (spaceBefore || source.SpaceAfter)
        {
            var spacing = new SpacingBetweenLines();
            if (spaceBefore)
            {
                spacing.Before = "360";
            }

            if (source.SpaceAfter)
            {
                spacing.After = "240";
            }

            properties.Append(spacing);
        }

        if (source.Unnumbered)
        {
            // A single operative paragraph is not numbered and is set like a preambular one.
            properties.Append(new Indentation { Left = Tw(PageGeometry.TextIndent), FirstLine = Tw(PageGeometry.Step) });
        }

        if (source.MarkRevision != RevisionKind.None)
        {
            var author = stamp.AuthorOr(source.Author);
            properties.Append(new ParagraphMarkRunProperties(source.MarkRevision == RevisionKind.Inserted
                ? new Inserted { Id = stamp.NextId(), Author = author, Date = stamp.Date }
                : new Deleted { Id = stamp.NextId(), Author = author, Date = stamp.Date }));
        }

        if (source.OldStyleId is { } oldStyle)
        {
            properties.Append(new ParagraphPropertiesChange(new ParagraphPropertiesExtended(new ParagraphStyleId { Val = oldStyle }))
            {
                Id = stamp.NextId(), Author = stamp.AuthorOr(source.Author), Date = stamp.Date,
            });
        }

        var paragraph = new Paragraph(properties);
        runs.Write(paragraph, source.Pieces, source.Author);
        return paragraph;
    }

    /// <summary>
    /// The first-page block as a borderless table with a heavy rule under it. Three grid columns
    /// let the symbol (upper right) run wider than the distribution block below it, so a long
    /// symbol such as CAC/COSP/2017/L.3/Rev.1 stays on one line.
    /// </summary>
    private static Table Masthead(IReadOnlyList<DocParagraph> paragraphs, PageGeometry page, RunWriter runs)
    {
        var right = page.TextWidth * 36 / 100;
        var left = page.TextWidth * 30 / 100;
        var middle = page.TextWidth - left - right;

        TableCell Cell(LineZone zone, string style, int width, int span, bool rule)
        {
            var cellProperties = new TableCellProperties(new TableCellWidth { Width = Tw(width), Type = TableWidthUnitValues.Dxa });
            if (span > 1)
            {
                cellProperties.Append(new GridSpan { Val = span });
            }

            if (rule)
            {
                cellProperties.Append(new TableCellBorders(new BottomBorder { Val = BorderValues.Single, Size = 24, Space = 0, Color = "auto" }));
            }

            cellProperties.Append(new TableCellVerticalAlignment { Val = rule ? TableVerticalAlignmentValues.Top : TableVerticalAlignmentValues.Bottom });
            var cell = new TableCell(cellProperties);
            var lines = paragraphs.Where(p => p.Zone == zone).ToList();
            if (lines.Count == 0)
            {
                cell.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style })));
            }

            foreach (var line in lines)
            {
                var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = line.StyleId }));
                runs.Write(paragraph, line.Pieces, line.Author);
                cell.Append(paragraph);
            }

            return cell;
        }

        return new Table(
            new TableProperties(
                new TableWidth { Width = Tw(page.TextWidth), Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 0, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "100", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 0, Type = TableWidthValues.Dxa }),
                new TableLook { Val = "0000", FirstRow = false, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true }),
            new TableGrid(new GridColumn { Width = Tw(left) }, new GridColumn { Width = Tw(middle) }, new GridColumn { Width = Tw(right) }),
            new TableRow(
                Cell(LineZone.UpperLeft, StyleIds.MastheadOrganisation, left, 1, rule: false),
                Cell(LineZone.UpperRight, StyleIds.MastheadSymbol, middle + right, 2, rule: false)),
            new TableRow(
                Cell(LineZone.LowerLeft, StyleIds.MastheadOrgan, left + middle, 2, rule: true),
                Cell(LineZone.LowerRight, StyleIds.MastheadDistribution, right, 1, rule: true)));
    }

    private static Settings Settings(DocxContent content)
    {
        var settings = new Settings(new Zoom { Percent = "100" });
        if (content.TrackRevisions)
        {
            settings.Append(new TrackRevisions());
        }

        settings.Append(new DefaultTabStop { Val = 567 }, new EvenAndOddHeaders());
        if (content.Chinese)
        {
            settings.Append(new CharacterSpacingControl { Val = CharacterSpacingValues.CompressPunctuation });
        }

        settings.Append(
            new FootnoteDocumentWideProperties(new FootnoteSpecialReference { Id = -1 }, new FootnoteSpecialReference { Id = 0 }),
            new Compatibility(new CompatibilitySetting { Name = CompatSettingNameValues.CompatibilityMode, Uri = "http://schemas.microsoft.com/office/word", Val = "15" }));
        return settings;
    }

    private static SectionProperties Section(MainDocumentPart main, string? symbol, PageGeometry page, DocxExportOptions options)
    {
        string AddHeader(Paragraph paragraph)
        {
            var part = main.AddNewPart<HeaderPart>();
            part.Header = new Header(paragraph);
            return main.GetIdOfPart(part);
        }

        string AddFooter(Paragraph paragraph)
        {
            var part = main.AddNewPart<FooterPart>();
            part.Footer = new Footer(paragraph);
            return main.GetIdOfPart(part);
        }

        Paragraph HeaderLine(JustificationValues side) => new(
            new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.Header }, new Justification { Val = side }),
            new Run(new Text(symbol ?? "")));

        Paragraph PageNumber(JustificationValues side) => new(
            new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.Footer }, new Justification { Val = side }),
            new SimpleField(new Run(new Text("2"))) { Instruction = " PAGE " },
            new Run(new Text("/")),
            new SimpleField(new Run(new Text("2"))) { Instruction = " NUMPAGES " });

        var emptyFirst = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.Normal }));

        // The first page of an issued document: the job number at the left margin, the symbol at the right (each a setting).
        Paragraph FirstPageFooter()
        {
            var job = string.IsNullOrWhiteSpace(options.JobNumber) ? null : options.JobNumber.Trim();
            var firstSymbol = options.SymbolInFirstPageFooter && !string.IsNullOrWhiteSpace(symbol) ? symbol : null;
            if (job is null && firstSymbol is null)
            {
                return (Paragraph)emptyFirst.CloneNode(true);
            }

            var footer = new Paragraph(new ParagraphProperties(
                new ParagraphStyleId { Val = StyleIds.Footer },
                new Tabs(new TabStop { Val = TabStopValues.Right, Position = page.TextWidth })));
            footer.Append(new Run(new Text(job ?? "")));
            if (firstSymbol is not null)
            {
                footer.Append(new Run(new TabChar()), new Run(new Text(firstSymbol)));
            }

            return footer;
        }

        return new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = AddHeader(HeaderLine(JustificationValues.Right)) },
            new HeaderReference { Type = HeaderFooterValues.Even, Id = AddHeader(HeaderLine(JustificationValues.Left)) },
            new HeaderReference { Type = HeaderFooterValues.First, Id = AddHeader((Paragraph)emptyFirst.CloneNode(true)) },
            new FooterReference { Type = HeaderFooterValues.Default, Id = AddFooter(PageNumber(JustificationValues.Right)) },
            new FooterReference { Type = HeaderFooterValues.Even, Id = AddFooter(PageNumber(JustificationValues.Left)) },
            new FooterReference { Type = HeaderFooterValues.First, Id = AddFooter(FirstPageFooter()) },
            new DocumentFormat.OpenXml.Wordprocessing.PageSize
            {
                Width = (UInt32Value)(uint)page.Width, Height = (UInt32Value)(uint)page.Height,
                Orient = page.IsLandscape ? PageOrientationValues.Landscape : null,
            },
            new PageMargin
            {
                Top = PageGeometry.MarginTop, Bottom = PageGeometry.MarginBottom,
                Left = (UInt32Value)(uint)PageGeometry.MarginSide, Right = (UInt32Value)(uint)PageGeometry.MarginSide,
                Header = (UInt32Value)(uint)PageGeometry.HeaderDistance, Footer = (UInt32Value)(uint)PageGeometry.FooterDistance, Gutter = 0U,
            },
            new TitlePage());
    }

    private static string Tw(int twips) => twips.ToString(CultureInfo.InvariantCulture);
}
