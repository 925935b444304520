namespace ResolutionDrafts.Documents.Import.Text;

/// <summary>
/// Tells text with one paragraph a line (copied from Word, a web page or an e-mail) from a PDF's
/// hard-wrapped lines by how the lines after the author line end: a paragraph ends with its closing
/// punctuation ("," ";" ":" "." and the Chinese marks), while a PDF line ends wherever the page
/// width fell, so that only a minority of its lines happen to end with one. Line length says
/// nothing here: short paragraphs are common, and long lines are already taken as whole.
/// </summary>
internal static class LineLayout
{
    /// <summary>
    /// Share of the unnumbered body lines that must end closed for lines to be taken as paragraphs: PDF text stays
    /// under 0.45 on the fixtures, paragraph-per-line text above 0.9 (headings are its open lines).
    /// </summary>
    private const double ClosedShare = 0.85;

    /// <summary>
    /// Whether the lines after the author line are a PDF's printed lines: many of them end where the
    /// page width fell, not at a paragraph's closing punctuation (under 65 % close; PDF text on the
    /// fixtures, footnote blocks included: 31–56 %; a paragraph a line: over 85 %).
    /// </summary>
    public static bool IsHardWrapped(IReadOnlyList<SourceLine> lines, bool chinese)
    {
        var (body, closed) = BodyLines(lines, chinese);
        return AuthorLine.Find(lines, chinese).Start >= 0 && body >= 6 && closed < body * 0.65;
    }

    private static (int Body, int Closed) BodyLines(IReadOnlyList<SourceLine> lines, bool chinese)
    {
        var (_, authorEnd) = AuthorLine.Find(lines, chinese);
        int body = 0, closed = 0;
        for (var i = authorEnd + 1; i < lines.Count; i++)
        {
            var line = lines[i].Text;
            if (Marker.Read(line).Kind != MarkerKind.None)
            {
                continue; // a numbered line starts a paragraph either way; headings ("5. Budget estimates") are among them
            }

            if (FrontMatterPatterns.ClosingMeeting().IsMatch(line.Trim())
                || FrontMatterPatterns.DatedMeeting().IsMatch(line.Trim())
                || (i > 0 && FrontMatterPatterns.ClosingMeeting().IsMatch(lines[i - 1].Text.Trim()) && FrontMatterPatterns.Date().IsMatch(line.Trim()))
                || (i + 1 < lines.Count && FrontMatterPatterns.ClosingMeeting().IsMatch(lines[i + 1].Text.Trim()) && FrontMatterPatterns.Date().IsMatch(line.Trim())))
            {
                // An adopted text's meeting and its date under it ("41st plenary meeting" / "10 December 2020"), or over it in the
                // Chinese Official Records' older order ("1995年12月12日" / "第90次全体会议"), close no paragraph.
                continue;
            }

            var isClosed = Closers.IsClosed(line, preambular: true);
            if (!isClosed && TitlesSection(lines, i, authorEnd))
            {
                continue; // a section's title under its numeral ("I" / "Questions relating to …", "一" / "与……有关的问题")
            }

            if (!isClosed && i + 1 < lines.Count && Marker.Read(lines[i + 1].Text).Kind == MarkerKind.Number
                && (i == authorEnd + 1 || Closers.IsClosed(lines[i - 1].Text, preambular: true)))
            {
                continue; // a heading: an open line between a closed one and a numbered paragraph ends no wrapped line
            }

            body++;
            closed += isClosed ? 1 : 0;
        }

        return (body, closed);
    }

    /// <summary>
    /// Line <paramref name="i"/>, open, is (a line of) a section's title: it stands under a section's numeral ("I", "II.", "一", "A",
    /// or "I. Questions relating to the" going on), or under up to two open lines that do. Omnibus texts print headings so; counted as open lines
    /// they sank a short text pasted one paragraph a line below the share of closed lines (issue 16).
    /// </summary>
    private static bool TitlesSection(IReadOnlyList<SourceLine> lines, int i, int authorEnd)
    {
        for (var k = i - 1; k > authorEnd && k >= i - 3; k--)
        {
            var above = lines[k].Text.Trim();
            if (Closers.IsClosed(above, preambular: true))
            {
                return false;
            }

            if (Marker.Read(above).Kind != MarkerKind.None)
            {
                return Marker.Read(above).Kind == MarkerKind.Heading;
            }
        }

        return false;
    }

    /// <summary>
    /// Line <paramref name="i"/> follows a short open line that follows a closed one: a heading
    /// ("Financial performance report", "基薪/底薪表") rather than a paragraph cut in two, whose second
    /// half would go on in lower case (English) and whose first half is rarely that short.
    /// </summary>
    private static bool AfterHeading(List<SourceLine> lines, int i, bool chinese)
    {
        if (i < 2)
        {
            return false;
        }

        var heading = lines[i - 1].Text;
        var text = lines[i].Text;
        return heading.Length > 0 && text.Length > 0 && !Closers.IsClosed(heading, preambular: true) && Closers.IsClosed(lines[i - 2].Text, preambular: true)
            && (chinese ? heading.Length <= 80 : heading.Length <= 200 && char.IsUpper(heading[0]) && !char.IsLower(text[0]));
    }

    /// <summary>
    /// When the body's lines are paragraphs, marks whole every line after a closed one or a section
    /// heading ("II. Revised estimates"), every numbered one and the front matter's, so that an open line (a heading, or a paragraph cut by a page break that
    /// slipped in) still joins what follows as before.
    /// </summary>
    public static void Apply(CleanText text, bool chinese)
    {
        var lines = text.Lines;
        if (lines.Count == 0 || lines.TrueForAll(l => l.Whole))
        {
            return;
        }

        var from = AuthorLine.Find(lines, chinese).End + 1;
        var (body, closed) = BodyLines(lines, chinese);

        if (body >= 2 && closed >= body * ClosedShare)
        {
            for (var i = 0; i < lines.Count; i++)
            {
                if (i <= from || Closers.IsClosed(lines[i - 1].Text, preambular: true) || Marker.Read(lines[i].Text).Kind is MarkerKind.Number or MarkerKind.Parenthesized or MarkerKind.Numeral
                    || Marker.Read(lines[i - 1].Text).Kind == MarkerKind.Heading || AfterHeading(lines, i, chinese))
                {
                    lines[i] = lines[i] with { Whole = true };
                }
            }
        }
    }
}
