using System.Text;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;
using P = ResolutionDrafts.Documents.Import.Text.FrontMatterPatterns;

namespace ResolutionDrafts.Documents.Import.Text;

/// <summary>
/// Reads the paragraphs after the author line. A paragraph ends at its closing punctuation, not at a
/// blank line; a new one starts with the next paragraph number, a sub-paragraph letter in sequence,
/// or (in the preamble, which is unnumbered) a line that starts a paragraph after a closed one.
/// Roman numerals between operative paragraphs open a section whose heading goes to the next one.
/// </summary>
internal sealed class BodyReader(bool chinese, bool blankLinesMeaningful, ParsedDocument doc)
{
    private readonly List<SourceLine> pending = [];
    private ParsedNode? paragraph, level1, level2, level3, current;
    private bool operative = doc.Kind == DocumentKind.Amendment;
    private int lastNumber;
    private string? numeral;
    private bool stopped;

    /// <summary>The line after the one being read, if any: a heading is known by the first operative paragraph after it.</summary>
    private SourceLine? next;

    /// <summary>Lines read since a quotation opened after a lead-in ("… as follows:" then "“Rule 5 …"); 0 outside one.</summary>
    private int quotedLines;

    /// <summary>
    /// Where the first line of a Word block quotation with no quotation marks starts (twips), while its lines are read
    /// (<see cref="SourceLine.QuoteIndent"/>); null outside one.
    /// </summary>
    private int? quoteBlock;

    /// <summary>
    /// The unnumbered paragraphs read since a section's heading in the operative part: the section's own preamble, and,
    /// when a heading or the end comes next rather than a number, its single operative paragraph, which the UN prints
    /// unnumbered (the last of them; ADR 0016).
    /// </summary>
    private readonly List<ParsedNode> section = [];

    /// <summary>The meeting, date and vote record after the last operative paragraph, left out of the draft.</summary>
    private readonly List<SourceLine> closing = [];

    /// <summary>A quotation left open (a closing mark forgotten) holds no more than this many lines.</summary>
    private const int MaxQuotedLines = 40;

    /// <summary>The lines being read, and the place of the one being read: a section or a list is known by what comes after it.</summary>
    private IReadOnlyList<SourceLine> lines = [];
    private int at;

    public void Read(IReadOnlyList<SourceLine> lines, int from)
    {
        this.lines = lines;
        for (var i = from; i < lines.Count && !stopped; i++)
        {
            at = i;
            next = i + 1 < lines.Count ? lines[i + 1] : null;
            Accept(lines[i]);
        }

        CloseSection(headingFollows: true);

        var meetingKept = false;
        if (closing.Count > 0 && doc.Kind.IsAdopted() && MeetingAndDate(closing) is { } closes)
        {
            meetingKept = true;
            // An adopted resolution's meeting and its date under it, kept as printed (ADR 0034, amendment 1): "41st plenary
            // meeting" / "10 December 2020". In a resolution in parts the last part's (each part prints the same).
            doc.Metadata = doc.Metadata with { MeetingLine = closes.Meeting, MeetingDate = closes.Date, MeetingDateFirst = doc.Metadata.MeetingDateFirst || closes.DateFirst };
        }

        // The record of the meeting, as the World Health Assembly prints it under its meeting line ("A78/VR/8"), or a summary
        // record ("EB156/SR/5"): kept (ADR 0034, amendment 4), not left out.
        var recordAt = closing.FindIndex(l => MeetingRecords.Is(l.Text));
        if (doc.Kind.IsAdopted() && recordAt >= 0)
        {
            doc.Metadata = doc.Metadata with { MeetingRecord = closing[recordAt].Text.Trim() };
            doc.Record.Add(closing[recordAt].Text);
            closing.RemoveAt(recordAt);
        }

        // The Human Rights Council prints its vote under the meeting and date: "[Adopted by a recorded vote of 23 to 12, with 12
        // abstentions. The voting was as follows: In favour: …]" (ADR 0034, amendment 3). Read as the draft's vote, not left out.
        var opens = closing.FindIndex(l => l.Text.TrimStart().StartsWith('['));
        var shut = opens < 0 ? -1 : closing.FindIndex(opens, l => l.Text.TrimEnd().EndsWith(']'));
        if (doc.Kind.IsAdopted() && shut >= 0 && PrintedVote.Read(closing.Skip(opens).Take(shut - opens + 1).Select(l => l.Text), chinese) is { } printed)
        {
            doc.Metadata = doc.Metadata with { Vote = printed, VotePrinted = true };
            doc.Record.AddRange(closing.Skip(opens).Take(shut - opens + 1).Select(l => l.Text));
            closing.RemoveRange(opens, shut - opens + 1);
        }

        if (closing.Count > 0 && !closing.TrueForAll(IsMeeting))
        {
            // Named: what was left out, not the meeting and date kept beside it ("A78/VR/8" under the WHA's meeting line).
            var leftOut = meetingKept ? closing.Where(l => !IsMeeting(l)).ToList() : closing;
            doc.Warnings.Add($"The record after the last paragraph (meeting, date, vote) is not part of the text and was left out: \"{Shorten(string.Join(" ", leftOut.Select(l => l.Text)))}\".");
            doc.Record.AddRange(closing.Select(l => l.Text));
        }

        if (pending.Count > 0 || numeral is not null)
        {
            var trailing = string.Join(" ", pending.Select(l => l.Text));
            if (!pending.TrueForAll(l => P.MeetingLine().IsMatch(l.Text)))
            {
                doc.Warnings.Add($"Text after the last paragraph was left out: \"{Shorten(trailing)}\".");
            }
        }
    }

    private static bool IsMeeting(SourceLine line) => P.MeetingLine().IsMatch(line.Text) && !P.Bracketed().IsMatch(line.Text.Trim());

    /// <summary>
    /// The meeting and its date in the record after the last paragraph: "41st plenary meeting" / "10 December 2020", or the
    /// Chinese Official Records' older order, the date first ("1995年12月12日" / "第90次全体会议", or on one line; ADR 0034,
    /// amendment 2); null when the record opens with neither.
    /// </summary>
    private static (string Meeting, string? Date, bool DateFirst)? MeetingAndDate(List<SourceLine> record)
    {
        string Line(string text) => P.Spaces().Replace(text.Trim(), " ");
        var first = record[0].Text.Trim();
        var second = record.Count > 1 ? record[1].Text.Trim() : null;
        if (P.ClosingMeeting().Match(first) is { Success: true } meeting)
        {
            // The World Health Assembly's "Seventh plenary meeting, 1 June 2024": both on one line.
            return meeting.Groups["date"].Success
                ? (Line(meeting.Groups["meeting"].Value), Line(meeting.Groups["date"].Value), false)
                : (Line(first), second is not null && P.Date().IsMatch(second) ? Line(second) : null, false);
        }

        if (P.DatedMeeting().Match(first) is { Success: true } both)
        {
            return (Line(both.Groups["meeting"].Value), Line(both.Groups["date"].Value), true);
        }

        return P.Date().IsMatch(first) && second is not null && P.ClosingMeeting().IsMatch(second) ? (Line(second), Line(first), true) : null;
    }

    /// <summary>
    /// In a PDF's printed lines (a Word file of them read as text; not whole paragraphs), a line of a block quotation goes on
    /// the quoted line before it when that one is left open and this one opens with no number or letter of its own, unless the
    /// one before is a short heading ("Rule 5" over "Election of officers").
    /// </summary>
    private bool WrapsQuotedLine(string before, SourceLine line)
    {
        if (line.Whole || before.Length == 0 || Closers.IsClosed(before, preambular: true) || Marker.Read(line.Text).Kind != MarkerKind.None)
        {
            return false;
        }

        var heading = chinese ? before.Length <= 12 : before.Length <= 30 && !char.IsLower(line.Text[0]);
        return !heading;
    }

    /// <summary>
    /// In a PDF's printed lines (hard-wrapped text, not whole paragraphs), a line inside a quotation goes on the quoted line
    /// before it unless it opens a quoted paragraph of its own: it carries a number or letter ("1.", "(a)", "1)"),
    /// opens with a quotation mark, or follows a line that ended one — a full stop, ";", ":"
    /// (a new sentence or item) or a short heading ("Rule 5") — or the layout says a paragraph starts: a blank line where
    /// blank lines part paragraphs, an indent the line before lacked, or, after a comma, an opening participle (a quoted
    /// resolution's preamble). A quotation indented as a whole says nothing by its indent.
    /// </summary>
    private bool WrapsQuotedParagraph(string before, SourceLine line)
    {
        var text = line.Text;
        if (line.Whole || before.Length == 0 || text.Length == 0 || Marker.Read(text).Kind != MarkerKind.None || Marker.ReadOther(text).Kind != MarkerKind.None
            || text[0] is '“' or '‘' or '"' or '「' or '『' || Closers.IsClosed(before, preambular: false))
        {
            return false;
        }

        var heading = chinese ? before.Length <= 12 : before.Length <= 30 && !char.IsLower(text[0]);
        if (heading && !before.EndsWith(',') && !before.EndsWith('，'))
        {
            return false; // "Rule 5" over "Notification of sessions", a heading over its paragraph
        }

        // The layout: a blank line where blank lines part paragraphs, or an indent the line before lacked (a PDF's first line
        // of a paragraph; a quotation indented as a whole says nothing). A page break hides both.
        var previous = at > 0 ? lines[at - 1] : line;
        var laidOut = !line.PageBreakBefore && (blankLinesMeaningful ? line.BlankBefore : line.Indented && !previous.Indented);
        return !laidOut && !(Closers.IsClosed(before, preambular: true) && !chinese && OpeningWord.Looks(text));
    }

    private void Accept(SourceLine line)
    {
        var text = line.Text;
        if (closing.Count > 0)
        {
            if (P.Annex().IsMatch(text))
            {
                doc.Warnings.Add($"The document continues with \"{text}\" after the last operative paragraph; that part was not imported.");
                stopped = true;
                return;
            }

            closing.Add(line);
            return;
        }

        if (current is not null && (quotedLines > 0 || quoteBlock is not null) && !line.Continues && OpensNextOperative(line))
        {
            // A quotation left open (its closing mark lost, or a set-off line that is the next paragraph) ends at the
            // resolution's next operative paragraph, read below.
            doc.Warnings.Add($"The quoted text in operative paragraph {lastNumber} was still open at \"{Shorten(text)}\": that line was read as operative paragraph {lastNumber + 1}, and the quotation ended before it.");
            quotedLines = 0;
            quoteBlock = null;
        }

        if (current is not null && quotedLines > 0)
        {
            // Inside a quotation a paragraph holds ("… to read as follows: “1. …” "): each line is a line of the
            // quotation (ADR 0028), its numbers and letters its words; a wrapped line goes on the one before: a Word
            // paragraph's next line, or a PDF's printed line that does not open a quoted paragraph of its own.
            if (line.Continues || WrapsQuotedParagraph(current.Quotation[^1].ToString(), line))
            {
                LineJoiner.Append(current.Quotation[^1], text, chinese);
            }
            else
            {
                current.Quotation.Add(new StringBuilder(text));
                indentedQuote &= line.Indented;
            }

            quotedLines = EndsQuotation(text) || quotedLines >= MaxQuotedLines ? 0 : quotedLines + 1;
            return;
        }

        if (current is not null && quoteBlock is { } block)
        {
            // A Word block quotation (ADR 0028, amendment 2): every line set off at least as far as its first is a line of it.
            if (line.Continues || line.QuoteIndent >= block)
            {
                if (line.Continues || WrapsQuotedLine(current.Quotation[^1].ToString(), line))
                {
                    LineJoiner.Append(current.Quotation[^1], text, chinese);
                }
                else
                {
                    current.Quotation.Add(new StringBuilder(text));
                }

                quoteBlock = current.Quotation.Count >= MaxQuotedLines ? null : block;
                return;
            }

            quoteBlock = null;
        }

        if (current is not null && line.Continues)
        {
            Append(text);
            return;
        }

        if (current is not null && line.QuoteIndent is { } indent && current.Quotation.Count == 0 && EndsWithLeadIn(current)
            && text[0] is not ('“' or '「') && Marker.Read(text).Kind is not (MarkerKind.Parenthesized or MarkerKind.Numeral or MarkerKind.LetterDot)
            && Marker.ReadOther(text).Kind == MarkerKind.None)
        {
            // Set off as a quotation in Word, with no quotation marks, after a lead-in ("… to read as follows:" then
            // "Rule 5"): a block quotation; a sub-paragraph's "(a)", "(i)", "a.", "(1)", "1)" is the draft's own, never one. One opening with
            // a quotation mark is read by its marks, below.
            current.Quotation.Add(new StringBuilder(text));
            quoteBlock = indent;
            return;
        }

        if (current is not null && text.Length > 1 && text[0] is '“' or '「' && QuotedText.Opens(text) && EndsWithLeadIn(current))
        {
            current.Quotation.Add(new StringBuilder(text));
            quotedLines = EndsQuotation(text) ? 0 : 1;
            indentedQuote = line.Indented;
            return;
        }

        var awaiting = current is not null && current.Text.Length == 0 && current.Children.Count == 0;
        var closed = current is null || Closers.IsClosed(Tail(current), IsPreambular(current) || section.Contains(current));
        // An adopted text's meeting line with its date under it (or as the last line) ends it also when its only operative
        // paragraph is unnumbered (75/13: "Decides to include …" / "30th plenary meeting") or the last paragraph seems open
        // ("… resolution 44/197 B." / "54th (resumed) plenary meeting" / "24 December 2021").
        var endsAdopted = doc.Kind.IsAdopted() && (next is null || P.Date().IsMatch(next.Value.Text.Trim()));
        // The Chinese Official Records' older order puts the date first: "1995年12月12日" / "第90次全体会议", or both on one line.
        var olderOrder = doc.Kind.IsAdopted() && (P.DatedMeeting().IsMatch(text)
            || (P.Date().IsMatch(text) && next is { } meetingNext && P.ClosingMeeting().IsMatch(meetingNext.Text.Trim())));
        if (((operative && lastNumber > 0 && closed) || endsAdopted || (olderOrder && at + 2 >= lines.Count)) && !awaiting && quotedLines == 0
            && (P.ClosingMeeting().IsMatch(text) || olderOrder))
        {
            // The closing record after the last paragraph: "45th meeting", the date, and the Human Rights Council's
            // "[Adopted by a recorded vote of 25 to 7, … In favour: … Against: …]" over many lines. None of it is the
            // resolution's text.
            closing.Add(line);
            return;
        }

        var marker = Marker.Read(text);
        var markerOnly = marker.Rest.Length == 0;
        var mayBreak = closed || line.Whole || markerOnly;
        if (marker.Kind == MarkerKind.Number && (mayBreak || awaiting || StartsNextOperative(marker)) && IsNextNumber(marker.Number, closed || line.Whole))
        {
            var restarts = marker.Number == 1 && lastNumber > 0;
            if (marker.Number == 1 && lastNumber == 0 && !operative)
            {
                HoldLoneFirstSection();
            }

            StartParagraph(ParagraphKind.Operative, marker.Rest);
            doc.Paragraphs[^1].RestartsNumbering = restarts;
            doc.Paragraphs[^1].Number = Domain.Numbering.OperativeNumbering.Marker(null, marker.Number);
            lastNumber = marker.Number;
            return;
        }

        if (OwnOperativeNumber(marker.Kind == MarkerKind.None ? Marker.ReadOther(text) is { Kind: MarkerKind.Other } other ? other : Marker.ReadLettersOrRoman(text)
                : marker.Kind is MarkerKind.Parenthesized or MarkerKind.Heading ? Marker.ReadLettersOrRoman(text) : Marker.None, mayBreak, awaiting) is { } own)
        {
            // A text that numbers its own operative paragraphs "(1)", "(2)" (other bodies do): "(1) Decides …" after the preamble
            // is operative paragraph 1, not one more preambular paragraph; its number is kept as printed, and the draft numbers its
            // operative paragraphs as most of them print (OperativeStyles; ADR 0038).
            StartParagraph(ParagraphKind.Operative, own.Rest);
            doc.Paragraphs[^1].Number = own.Token;
            lastNumber = own.Number;
            ownOperativeNumbers = true;
            ownOperativeStyle = Domain.Numbering.OperativeNumbering.StyleOf(own.Token);
            return;
        }

        var item = marker.Kind == MarkerKind.None ? Marker.ReadOther(text) : marker;
        if (!awaiting && (mayBreak || (item.Kind == MarkerKind.Other && current?.Children.Count == 0 && ListFollows(item))) && paragraph is not null && TryStartSub(item))
        {
            return;
        }

        if (marker.Kind == MarkerKind.Heading && !awaiting && (closed || SectionFollows()) && numeral is null && pending.Count == 0)
        {
            numeral = marker.Token;
            if (marker.Rest.Length > 0)
            {
                pending.Add(line with { Text = marker.Rest });
            }

            return;
        }

        AcceptText(line, awaiting, closed);
    }

    private void AcceptText(SourceLine line, bool awaiting, bool closed)
    {
        if (current is null)
        {
            if (numeral is not null && pending.Count == 0)
            {
                pending.Add(line);
                return;
            }

            StartParagraph(operative ? ParagraphKind.Operative : ParagraphKind.Preambular, line.Text);
            return;
        }

        if (awaiting || (!closed && !line.Whole && numeral is null))
        {
            FoldPending();
            Append(line.Text);
            return;
        }

        if (operative && lastNumber > 0 && (IsSectionPreamble(line) || OpensInSection(line)))
        {
            // A section's own preamble after its heading (budget resolutions: "II. …", then "Having considered …,"), or its
            // single operative paragraph, unnumbered: which of them, what comes after them tells (CloseSection).
            StartParagraph(IsSectionPreamble(line) ? ParagraphKind.Preambular : ParagraphKind.Operative, line.Text, inSection: true);
            return;
        }

        if (numeral is not null || pending.Count > 0)
        {
            var headingLike = LooksLikeHeading(line.Text);
            // In the preamble a wrapped line that closes shows the lines parked were a paragraph going on, not a heading.
            // In the preamble, an operative verb after a section's numeral and its words opens section I's paragraph ("I. Working
            // Capital Fund" then "Decides to approve …" wrapped): not more heading words.
            var opensSectionParagraph = !operative && !chinese && numeral is not null && pending.Count > 0 && OperativeVerb.Starts(line.Text) && !OpeningWord.Looks(line.Text);
            if ((numeral is not null && pending.Count == 0)
                || (pending.Count < 4 && !opensSectionParagraph && (operative ? numeral is not null || headingLike : !StartsParagraph(line) && !Closers.IsClosed(line.Text, preambular: true))))
            {
                pending.Add(line);
                return;
            }

            if (!operative && (numeral is not null || pending.TrueForAll(l => l.Whole)))
            {
                // A heading in the preamble (a line of its own that does not close) goes to the paragraph after it.
                StartParagraph(ParagraphKind.Preambular, line.Text);
                return;
            }

            FoldPending();
        }

        if (!operative || lastNumber == 0)
        {
            if (!operative && LooksLikeHeading(line.Text, inPreamble: true) && MayBeHeading(line.Text) && (line.Whole || !StartsParagraph(line) || FirstOperativeFollows()))
            {
                // A heading if a paragraph follows it (before the first operative paragraph: "Governance of UN-Habitat"),
                // else a line the paragraph before goes on with.
                pending.Add(line);
                return;
            }

            if (StartsParagraph(line))
            {
                StartParagraph(operative ? ParagraphKind.Operative : ParagraphKind.Preambular, line.Text);
            }
            else
            {
                Append(line.Text);
            }

            return;
        }

        if (P.Annex().IsMatch(line.Text))
        {
            doc.Warnings.Add($"The document continues with \"{line.Text}\" after the last operative paragraph; that part was not imported.");
            stopped = true;
            return;
        }

        if (LooksLikeHeading(line.Text))
        {
            pending.Add(line); // a section heading if an operative paragraph number follows
            return;
        }

        Append(line.Text);
    }

    /// <summary>
    /// The first operative number comes under a section's heading ("II" …, then "1."): the paragraph before it, read as the
    /// preamble's last, is section I's single operative paragraph, printed unnumbered (ADR 0016, amendment 9), when it opens
    /// with an operative verb, closes as an operative paragraph does (";", "。", not ",") and a section's numeral heading
    /// ("I. …", "一") stands over it — on it, or on the first of its section's own preambular paragraphs.
    /// </summary>
    private void HoldLoneFirstSection()
    {
        var lastIndex = doc.Paragraphs.Count - 1;
        if (numeral is null && pending.Count == 0)
        {
            // Section II's own preamble between ("II", its title, "Having considered …,", then "1."): section I's paragraph is
            // the one before that heading.
            lastIndex = doc.Paragraphs.FindLastIndex(p => p.Heading is { } h && Marker.Read(h).Kind == MarkerKind.Heading) - 1;
            if (lastIndex < 0 || doc.Paragraphs.Skip(lastIndex + 1).Any(p => p.Kind != ParagraphKind.Preambular || p.Part is not null))
            {
                return;
            }
        }

        if (lastIndex < 0 || doc.Paragraphs[lastIndex] is not { Kind: ParagraphKind.Preambular } last || section.Count > 0)
        {
            return;
        }

        // It may end with a comma ("Approves … for 2022,"): its verb, and the section after it, say it is operative.
        var words = last.Text.ToString();
        if (words.Length == 0 || !Closers.IsClosed(Tail(last), preambular: true)
            || !(chinese ? OperativeVerb.StartsChinese(words) : OperativeVerb.Starts(words) && !OpeningWord.Looks(words)))
        {
            return;
        }

        for (var i = lastIndex; i >= 0; i--)
        {
            var paragraph = doc.Paragraphs[i];
            if (paragraph.Heading is { } heading)
            {
                if (Marker.Read(heading).Kind == MarkerKind.Heading)
                {
                    MakeOperative(last);
                    last.Unnumbered = true;
                }

                return;
            }

            if (paragraph.Part is not null || paragraph.Kind != ParagraphKind.Preambular)
            {
                return;
            }
        }
    }

    private static void MakeOperative(ParsedNode node)
    {
        node.Kind = ParagraphKind.Operative;
        foreach (var child in node.Children)
        {
            MakeOperative(child);
        }
    }

    private static bool EndsWithLeadIn(ParsedNode node) => ParsedNode.EndsAsLeadIn(Tail(node));

    /// <summary>
    /// A section's heading ("II", "二") after an operative paragraph ending with a comma (76/246's "Approves … for 2022,") is a
    /// heading, not words of that paragraph, when the next numbered line ahead is "1.": the next section numbers its paragraphs
    /// from 1 (ADR 0016).
    /// </summary>
    private bool SectionFollows() =>
        operative && lastNumber > 0 && current is not null && Closers.IsClosed(Tail(current), preambular: true) && NextNumberAhead() == 1;

    /// <summary>The number of the next line ahead that opens with an operative number ("1."), or 0 when none does soon.</summary>
    private int NextNumberAhead()
    {
        for (var k = at + 1; k < lines.Count && k <= at + 40; k++)
        {
            if (Marker.Read(lines[k].Text) is { Kind: MarkerKind.Number } ahead)
            {
                return ahead.Number;
            }
        }

        return 0;
    }

    /// <summary>
    /// A list in another body's numbering ("(1)", "1)", "a)") opening under an operative paragraph that does not end with a
    /// colon ("… as follows", "—", a full stop), as World Health Assembly and other bodies' texts have it: only under a paragraph
    /// the text numbers as the UN does ("1."), so the list cannot be the next paragraphs; only when its first item does not
    /// open as an operative paragraph ("(1) Decides …"); and only when its second item ("(2)") comes before the next
    /// paragraph's number. A lone "(1)" stays words.
    /// </summary>
    private bool ListFollows(Marker marker)
    {
        if (lastNumber == 0 || paragraph is not { Kind: ParagraphKind.Operative } || marker.SubParagraphNumber is not { } number
            || SubParagraphNumbering.StyleOf(number, 1) is not { } style || marker.Rest.Length == 0 || OpensAsOperative(marker.Rest))
        {
            return false;
        }

        var second = SubParagraphNumbering.Marker(style, 2);
        for (var k = at + 1; k < lines.Count && k <= at + 40; k++)
        {
            var text = lines[k].Text;
            var ahead = Marker.Read(text);
            if (ahead.Kind is MarkerKind.Number or MarkerKind.Heading)
            {
                return false;
            }

            if ((ahead.SubParagraphNumber ?? Marker.ReadOther(text).SubParagraphNumber) == second)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Inside a quotation, a line carrying the resolution's next operative number ("2." after operative paragraph 1, whose
    /// words or sub-paragraph introduced the quotation) that opens as an operative paragraph does ("Requests", "请") is that
    /// paragraph, not a quoted line — unless it goes on with the quotation's own numbering (a quoted article's "1.", then
    /// "2."): then it stays quoted, except when the quotation's numbered lines each opened with a quotation mark (the UN's
    /// way of quoting several paragraphs) and this one does not, or, in a PDF's lines, when every quoted line was indented
    /// and this one is not.
    /// </summary>
    private bool OpensNextOperative(SourceLine line)
    {
        if (!operative || lastNumber == 0 || current is null || current.Kind != ParagraphKind.Operative)
        {
            return false;
        }

        var marker = Marker.Read(line.Text);
        if (marker.Kind != MarkerKind.Number || marker.Number != lastNumber + 1 || marker.Rest.Length == 0 || !OpensAsOperative(marker.Rest))
        {
            return false;
        }

        if (ClosesAhead(marker.Number))
        {
            return false;
        }

        var quoted = current.Quotation;
        for (var i = quoted.Count - 1; i >= 0; i--)
        {
            var words = quoted[i].ToString();
            var open = words.Length > 0 && words[0] is '“' or '「' or '"' or '‘';
            if (Marker.Read(open ? words[1..].TrimStart() : words) is { Kind: MarkerKind.Number } own)
            {
                if (own.Number != marker.Number - 1)
                {
                    return true; // the quotation numbers otherwise: "2." is not its next line
                }

                var eachOpened = quoted.Select(q => q.ToString()).Where(q => Marker.Read(q.TrimStart('“', '「', '"', '‘').TrimStart()).Kind == MarkerKind.Number)
                    .All(q => q[0] is '“' or '「' or '"' or '‘');
                return eachOpened || (indentedQuote && !line.Indented);
            }
        }

        return true;
    }

    /// <summary>
    /// The open quotation closes on the line being read (its closing mark, "…session.”") or on a later one before the paragraph
    /// numbered after <paramref name="number"/> or another quotation opens: the line is inside it.
    /// </summary>
    private bool ClosesAhead(int number)
    {
        for (var k = at; k < lines.Count && k <= at + MaxQuotedLines; k++)
        {
            var text = lines[k].Text;
            if (EndsQuotation(text))
            {
                return true;
            }

            if (k > at && (text[0] is '“' or '「' || (Marker.Read(text) is { Kind: MarkerKind.Number } later && later.Number == number + 1 && OpensAsOperative(later.Rest))))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The text numbers its operative paragraphs "(1)", "(2)" (or "1)", "2)"), not "1.", "2.".</summary>
    private bool ownOperativeNumbers;

    /// <summary>The numbering of the text's own operative numbers read so far ("(1)", "(a)", "I."), or null.</summary>
    private string? ownOperativeStyle;

    /// <summary>
    /// "(1) Decides …" / "（1）决定……" where the preamble ends, or "(2) Requests …" after such a paragraph: a number in parentheses
    /// (or before one) that opens an operative paragraph — the next number of the text's own operative numbering, at a line
    /// that may start a paragraph, its words opening with an operative verb. Before any "1." only, and never under a lead-in
    /// (a World Health Assembly list's "(1) to …" has no verb; ADR 0036 keeps "(1) Decides" under "1. …" as words).
    /// </summary>
    private Marker? OwnOperativeNumber(Marker other, bool mayBreak, bool awaiting)
    {
        // Our own DOCX says how it numbers its operative paragraphs (ADR 0038): its "(2)" is the next paragraph whatever its
        // first word, as "2." is.
        var given = doc.OperativeNumberingGiven is { } g && Domain.Numbering.OperativeNumbering.StyleOf(other.Token) == g;
        if (other.Kind != MarkerKind.Other || other.Number == 0 || !mayBreak || awaiting || other.Rest.Length == 0
            || (current is not null && EndsWithLeadIn(current)))
        {
            return null;
        }

        // A Chinese item of a run the text around it made operative goes on as one, whatever verb opens it (below).
        var decided = decidedByText is { } d && Domain.Numbering.OperativeNumbering.StyleOf(other.Token) == d;
        var byText = false;
        if (!(given || decided || OpensAsOperative(other.Rest)))
        {
            if (!(chinese && other.Number == 1 && lastNumber == 0 && !ownOperativeNumbers && RunDecidedByText(other)))
            {
                return null;
            }

            byText = true;
        }

        var style = Domain.Numbering.OperativeNumbering.StyleOf(other.Token);
        var lettersOrRoman = style is Domain.Numbering.OperativeNumbering.Lettered or Domain.Numbering.OperativeNumbering.Roman;
        var first = other.Number == 1 && lastNumber == 0 && !ownOperativeNumbers && paragraph is null or { Kind: ParagraphKind.Preambular };
        // Letters and Roman numerals go on only in their own numbering: "(i)" after "(h)" is the ninth letter, "(i)" after "(a)" is
        // a sub-paragraph's; "(2)" after "1)" goes on as before.
        var goesOn = ownOperativeNumbers && other.Number == lastNumber + 1 && (!lettersOrRoman || style == ownOperativeStyle)
            && !(ownOperativeStyle is Domain.Numbering.OperativeNumbering.Lettered or Domain.Numbering.OperativeNumbering.Roman && !lettersOrRoman);
        if (!(first || goesOn))
        {
            return null;
        }

        // The UN's "I. Activities of the Office of Internal Oversight Services" heads a section, and its first word ends as a verb
        // does: a Roman paragraph must end as a paragraph ends (";", ".", a lead-in's ":"), or go on on the next line (a PDF's wrap).
        if (style == Domain.Numbering.OperativeNumbering.Roman && !given && !Closers.IsClosed(other.Rest, preambular: false)
            && !ParsedNode.EndsAsLeadIn(other.Rest) && !(!chinese && next is { } wrapped && wrapped.Text.TrimStart() is [var c, ..] && char.IsLower(c)))
        {
            return null;
        }

        if (first && byText)
        {
            // Told apart by the text around it (ADR 0038 amendment 2): said, with what decided it.
            decidedByText = style;
            doc.OperativeNumberingFromWords = true;
            doc.Warnings.Add(
                $"The operative paragraphs are read as numbered {Domain.Numbering.OperativeNumbering.Described(style)}, as the text numbers them, "
                    + $"because the paragraph before \"{other.Token}\" ends with “，”, each of them ends as an operative paragraph does (“；”, “。”) "
                    + $"and no paragraph numbered 1. follows; their first words (“{FirstWords(other.Rest)}”) open preambular paragraphs too, and the UN numbers "
                    + (style == Domain.Numbering.OperativeNumbering.Roman ? "its sections' headings" : "its sub-paragraphs") + " so: check that they are operative paragraphs.");
        }
        else if (first && lettersOrRoman && !given)
        {
            // Told apart from the UN's sub-paragraph "(a)" and section heading "I." by its words alone (ADR 0038 amendment 1): said.
            doc.OperativeNumberingFromWords = true;
            doc.Warnings.Add(
                $"The operative paragraphs are read as numbered {Domain.Numbering.OperativeNumbering.Described(style)}, as the text numbers them, "
                    + $"because the words after \"{other.Token}\" open with an operative verb and no paragraph introduces them; the UN numbers "
                    + (style == Domain.Numbering.OperativeNumbering.Roman ? "its sections' headings" : "its sub-paragraphs") + " so: check that they are operative paragraphs.");
        }

        return other;
    }

    /// <summary>The numbering of a Chinese run of operative paragraphs the text around it decided (<see cref="RunDecidedByText"/>).</summary>
    private string? decidedByText;

    /// <summary>
    /// Whether the text around a Chinese "(a)" or "I." whose words open with no operative-only verb (注意到, 重申, 确认 open
    /// preambular paragraphs too) makes it the first of the text's operative paragraphs (ADR 0038 amendment 2): the paragraph
    /// before it ends with "，" (the preamble closed, nothing introduces it; a lead-in's "：" is refused before), no line after it
    /// is numbered as the UN numbers operative paragraphs ("1."), its run goes on in its numbering — "(b)", "(c)" or "II.",
    /// "III." — each item ending as an operative paragraph does ("；", "。", or "：" over its own items) and the last with "。".
    /// Read so, the UN's reading would leave the text no operative paragraph.
    /// </summary>
    private bool RunDecidedByText(Marker first)
    {
        var style = Domain.Numbering.OperativeNumbering.StyleOf(first.Token);
        if (style is not (Domain.Numbering.OperativeNumbering.Lettered or Domain.Numbering.OperativeNumbering.Roman)
            || (current is not null && !Tail(current).TrimEnd().EndsWith('，')))
        {
            return false;
        }

        var expected = 2;
        var end = first.Rest.TrimEnd();
        for (var i = at + 1; i < lines.Count; i++)
        {
            var text = lines[i].Text.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            if (Marker.Read(text).Kind == MarkerKind.Number)
            {
                // Operative paragraphs numbered "1." follow: the UN's reading stands, the run its sub-paragraphs. Had they not, the run
                // would have been read as operative paragraphs: that other reading is said (ADR 0038 amendment 3).
                if (expected > 2 && EndsAsItem(end) && !runDoubtSaid)
                {
                    runDoubtSaid = true;
                    doc.Warnings.Add(
                        $"The items \"{first.Token}\" to \"{Marker.ReadLettersOrRoman(lines[LastItemLine(i)].Text.Trim()).Token}\" are read as sub-paragraphs of the paragraph before them, as the UN "
                            + $"numbers its sub-paragraphs, because paragraphs numbered 1. follow; that paragraph ends with “，” (nothing introduces them) and each of them ends as a paragraph does "
                            + $"(“；”, “。”), and their first words (“{FirstWords(first.Rest)}”) open operative paragraphs too: check that they are not paragraphs of their own.");
                }

                return false;
            }

            var item = Marker.ReadLettersOrRoman(text);
            if (item.Kind == MarkerKind.Other && item.Number == expected && Domain.Numbering.OperativeNumbering.StyleOf(item.Token) == style)
            {
                if (!EndsAsItem(end))
                {
                    return false;
                }

                expected++;
            }

            end = text;
        }

        return expected > 2 && end.EndsWith('。');

        static bool EndsAsItem(string text) => text.Length > 0 && text[^1] is '；' or '。' or '：';

        // The line of the run's last item before line k: the last line above k that opens with a letter or Roman numeral.
        int LastItemLine(int k)
        {
            for (var j = k - 1; j > at; j--)
            {
                if (Marker.ReadLettersOrRoman(lines[j].Text.Trim()).Kind == MarkerKind.Other)
                {
                    return j;
                }
            }

            return at;
        }
    }

    /// <summary>The doubt of a Chinese run kept as sub-paragraphs because "1." follows was said once (<see cref="RunDecidedByText"/>).</summary>
    private bool runDoubtSaid;

    /// <summary>A paragraph's first few characters, for a warning that quotes the word it opens with.</summary>
    private static string FirstWords(string text) => text.Trim() is var t && t.Length > 3 ? t[..3] : t.Trim();

    /// <summary>Every line of the open quotation so far was indented (a PDF's block quotation); set as its lines are read.</summary>
    private bool indentedQuote;

    private static readonly string[] ChineseAdverbs = ["还", "又", "并", "也", "再次", "进一步", "同时"];

    /// <summary>A paragraph's words open as an operative paragraph's: a verb ("Requests", "Also requests", "URGES", "决定", "请").</summary>
    private bool OpensAsOperative(string rest)
    {
        if (chinese)
        {
            // An adverb before the verb: "还决定", "又请", "再次促请", "进一步鼓励".
            var zh = rest.TrimStart();
            var adverb = ChineseAdverbs.FirstOrDefault(a => zh.StartsWith(a, StringComparison.Ordinal));
            return OperativeVerb.StartsChinese(zh) || (adverb is not null && OperativeVerb.StartsChinese(zh[adverb.Length..]));
        }

        var words = rest.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        static string Capitalised(string word) => word.Length > 1 && word.All(char.IsUpper) ? word[0] + word[1..].ToLowerInvariant() : word;
        if (words.Length == 0)
        {
            return false;
        }

        if (OperativeVerb.Starts(Capitalised(words[0])))
        {
            return true;
        }

        // An adverb before the verb: "Also requests", "Further decides", "Strongly urges", "Once again calls upon".
        return words.Length > 1 && (words[0].EndsWith("ly", StringComparison.OrdinalIgnoreCase) || words[0] is "Also" or "Further" or "Again" or "ALSO" or "FURTHER")
            && OperativeVerb.Starts(char.ToUpperInvariant(words[1][0]) + words[1][1..].ToLowerInvariant());
    }

    private static bool EndsQuotation(string text) => QuotedText.Closes(text);

    /// <summary>Not closed, not a continuation in lower case, not a quotation, not a footnote number left alone on its line.</summary>
    private bool LooksLikeHeading(string text, bool inPreamble = false) =>
        !Closers.IsClosed(text, preambular: inPreamble) && (chinese || !char.IsLower(text[0])) && !QuotedText.Opens(text) && text[0] != '《'
        && !text.All(char.IsAsciiDigit);

    /// <summary>
    /// A section's preambular paragraph between operative ones: after the section's heading text (or
    /// another such paragraph), a line that opens as a preambular paragraph does ("Having considered"),
    /// and, when lines are whole paragraphs, ends with a comma (in Chinese, that alone).
    /// </summary>
    private bool IsSectionPreamble(SourceLine line)
    {
        var afterHeading = pending.Count > 0 || IsPreambular(current!);
        if (line.Whole)
        {
            return (afterHeading || numeral is not null)
                && Closers.IsClosed(line.Text, preambular: true) && !Closers.IsClosed(line.Text, preambular: false)
                && (chinese || OpeningWord.Looks(line.Text));
        }

        // In Chinese, which has no opening words to go by: a line ending with "，" right after the heading's words.
        return afterHeading && (chinese ? pending.Count > 0 && line.Text[^1] == '，' : OpeningWord.Looks(line.Text));
    }

    /// <summary>
    /// An unnumbered paragraph of a section after its heading or its other unnumbered paragraphs: a whole line that closes
    /// as a paragraph does (76/246's "Approves … for 2022," ends with a comma), or, in hard-wrapped text, a line that
    /// opens with an operative verb after the heading's words.
    /// </summary>
    private bool OpensInSection(SourceLine line)
    {
        var inSection = pending.Count > 0 || section.Contains(current!);
        if (line.Whole)
        {
            return (inSection || numeral is not null) && Closers.IsClosed(line.Text, preambular: true);
        }

        return inSection && (chinese ? OperativeVerb.StartsChinese(line.Text) : OperativeVerb.Starts(line.Text));
    }

    /// <summary>
    /// The unnumbered paragraphs of a section read so far: with a heading (the next section's) or the end after them, the
    /// last is the section's single operative paragraph and those before it its preamble; with a number after them, all
    /// are its preamble.
    /// </summary>
    private void CloseSection(bool headingFollows)
    {
        for (var i = 0; i < section.Count; i++)
        {
            var lone = headingFollows && i == section.Count - 1;
            section[i].Kind = lone ? ParagraphKind.Operative : ParagraphKind.Preambular;
            section[i].Unnumbered = lone;
        }

        section.Clear();
    }

    /// <summary>
    /// In the preamble a heading is told from a paragraph that lost its closing punctuation by its
    /// length and, in English, by not opening as a preambular paragraph does ("Reaffirming").
    /// </summary>
    /// <summary>
    /// A line of the preamble that may be a heading: short, opening with a capital, and not opening as a preambular
    /// paragraph does — unless the first operative paragraph follows it: a line that does not close right before "1."
    /// is that paragraph's heading whatever its first word ("Revised estimates", "Proposed programme budget").
    /// </summary>
    private bool MayBeHeading(string text) =>
        chinese ? text.Length <= 80 : text.Length <= 200 && char.IsUpper(text[0]) && (!OpeningWord.Looks(text) || FirstOperativeFollows());

    /// <summary>The next line opens the first operative paragraph ("1. Approves …").</summary>
    private bool FirstOperativeFollows() =>
        !operative && next is { } line && Marker.Read(line.Text) is { Kind: MarkerKind.Number, Number: 1, Rest.Length: > 0 };

    private bool StartsParagraph(SourceLine line)
    {
        if (line.Whole)
        {
            return true;
        }

        var first = line.Text[0];
        if (!chinese && (char.IsLower(first) || char.IsDigit(first)))
        {
            return false;
        }

        if (line.PageBreakBefore)
        {
            return chinese ? line.Indented : OpeningWord.Looks(line.Text);
        }

        return blankLinesMeaningful ? line.BlankBefore : line.Indented || (!chinese && OpeningWord.Looks(line.Text));
    }

    /// <summary>
    /// The next operative number opening a sentence ("10. Decides", "3. 重申") starts a paragraph
    /// even when the one before did not close (a timetable line, a declaration's paragraph ending
    /// with a comma); a wrapped "paragraph\n10. of resolution" goes on in lower case.
    /// </summary>
    private bool StartsNextOperative(Marker marker) =>
        lastNumber > 0 && marker.Number == lastNumber + 1 && marker.Rest.Length > 0
        && (chinese ? TextChars.IsCjk(marker.Rest[0]) || char.IsAsciiDigit(marker.Rest[0]) || marker.Rest[0] is '“' or '《' : char.IsUpper(marker.Rest[0]));

    private bool IsNextNumber(int number, bool closed)
    {
        if (number == lastNumber + 1)
        {
            return true;
        }

        if (number == 1 && lastNumber > 0 && (current is { Kind: ParagraphKind.Preambular } || section.Contains(current!) || (closed && (numeral is not null || pending.Count > 0))))
        {
            return true; // a section (with a preamble of its own, or after its heading) numbers its paragraphs from 1 again
        }

        if (closed && number > lastNumber + 1 && number <= lastNumber + 3 && lastNumber > 0)
        {
            doc.Warnings.Add($"The operative paragraphs jump from {lastNumber} to {number}; a paragraph may be missing.");
            return true;
        }

        return false;
    }

    /// <summary>
    /// A sub-paragraph at the depth whose numbering's next number the marker is (ADR 0036): the UN's (a), (i), a., i., or a
    /// level's other numbering once the text has opened a list of that level with it. "(i)" may be the ninth letter or the
    /// first numeral: the deepest level whose holder takes items has it. A list whose first number is another numbering's
    /// ("(1)", "1)", "a)", "(i)" under a lead-in with no items yet) opens its level in that numbering, unless the text
    /// numbered that level otherwise already: then the line stays words, and the doubt is listed.
    /// </summary>
    private bool TryStartSub(Marker marker)
    {
        var number = marker.SubParagraphNumber;
        if (number is null)
        {
            return false;
        }

        var matches = new List<int>();
        for (var d = 1; d <= DraftLimits.MaxSubParagraphDepth; d++)
        {
            var style = doc.SubStyles[d];
            if (Holder(d) is { } holder && SubParagraphNumbering.Marker(style, holder.Children.Count + 1) == number
                && (marker.Kind != MarkerKind.Numeral || style == NumberStyle.ParenRoman) // ㈠, ⑴, (一) are only ever (i), (ii)
                && (Parenthesized(style) || OpensList(holder)))
            {
                matches.Add(d);
            }
        }

        // Of two levels the number fits ("(i)": the ninth letter or the first numeral), the deeper whose holder takes items
        // ("(h) … :" then "(i)"), else the shallower.
        var depth = matches.Count == 0 ? 0 : matches.LastOrDefault(d => !Parenthesized(doc.SubStyles[d]) || Holder(d)!.TakesItems) is > 0 and var deep ? deep : matches[0];
        if (depth == 0)
        {
            depth = OpensOtherList(number, marker);
        }

        if (depth == 0)
        {
            return false;
        }

        doc.SubStyles[depth] = SubParagraphNumbering.StyleOf(number, Holder(depth)!.Children.Count + 1) ?? doc.SubStyles[depth];
        doc.SubStylesSeen[depth] = true;
        FoldPending();
        var parent = Holder(depth)!;
        var node = new ParsedNode(paragraph!.Kind, depth) { Number = number };
        parent.Children.Add(node);
        LineJoiner.Append(node.Text, marker.Rest, chinese);
        (level1, level2, level3) = depth switch { 1 => (node, null, null), 2 => (level1, node, null), 3 => (level1, level2, node), _ => (level1, level2, level3) };
        current = node;
        return true;
    }

    /// <summary>
    /// The depth of a list that the marker opens in another numbering than its level's so far: right under the node read
    /// last, when that node has no items and ends with a lead-in, and the numbering numbers no other level; 0 when none.
    /// </summary>
    private int OpensOtherList(string number, Marker marker)
    {
        if (current is null || SubParagraphNumbering.StyleOf(number, 1) is not { } style)
        {
            return 0;
        }

        var depth = current == paragraph ? 1 : current.Depth + 1;
        if (depth > DraftLimits.MaxSubParagraphDepth || current.Children.Count > 0 || !(EndsWithLeadIn(current) || ListFollows(marker)) || Holder(depth) != current)
        {
            return 0;
        }

        if (doc.SubStylesSeen[depth] && doc.SubStyles[depth] != style)
        {
            doc.AddNumberingDoubt($"The list opening \"{number}\" under \"{Shorten(current.Text.ToString())}\" is not numbered as the text's earlier lists of that level "
                + $"({SubParagraphNumbering.Name(doc.SubStyles[depth])}, …): its lines were kept as words, not made sub-paragraphs.");
            return 0;
        }

        // A numbering another level has: that level's, if the text has not shown it yet, is this level's old one ("(i)" first,
        // then "(a)" under it); else the two could not be told apart.
        for (var d = 1; d <= DraftLimits.MaxSubParagraphDepth; d++)
        {
            if (d != depth && doc.SubStyles[d] == style)
            {
                if (doc.SubStylesSeen[d])
                {
                    return 0;
                }

                doc.SubStyles[d] = doc.SubStyles[depth];
            }
        }

        return depth;
    }

    /// <summary>The node that holds sub-paragraphs of <paramref name="depth"/>: the paragraph for 1, else the last item one level up.</summary>
    private ParsedNode? Holder(int depth) => depth switch { 1 => paragraph, 2 => level1, 3 => level2, _ => level3 };

    /// <summary>A numbering in parentheses ("(a)", "(i)", "(1)") takes its items without a lead-in, as the UN's first two levels do.</summary>
    private static bool Parenthesized(NumberStyle style) => style is NumberStyle.ParenLetter or NumberStyle.ParenRoman or NumberStyle.ParenNumber;

    /// <summary>A node that has items already, or a lead-in ending with a colon, takes the next item.</summary>
    private static bool OpensList(ParsedNode node)
    {
        return node.Children.Count > 0 || EndsWithLeadIn(node);
    }

    private void StartParagraph(ParagraphKind kind, string text, bool inSection = false)
    {
        var heading = numeral is not null || pending.Count > 0;
        if (section.Count > 0 && (heading || !inSection))
        {
            CloseSection(headingFollows: heading);
        }

        operative |= kind == ParagraphKind.Operative;
        var node = new ParsedNode(kind, 0);
        if (inSection)
        {
            section.Add(node);
        }

        if (heading)
        {
            var words = LineJoiner.Join(pending.Select(l => l.Text), chinese);
            node.Heading = numeral is null ? words : words.Length == 0 ? numeral : $"{numeral}. {words}"; // "一" alone, as AKN has it
            pending.Clear();
            numeral = null;
        }

        LineJoiner.Append(node.Text, text, chinese);
        doc.Paragraphs.Add(node);
        quotedLines = 0;
        quoteBlock = null;
        paragraph = current = node;
        level1 = level2 = level3 = null;
    }

    private void FoldPending()
    {
        if (current is null)
        {
            return;
        }

        if (numeral is not null)
        {
            Append(numeral);
            numeral = null;
        }

        foreach (var line in pending)
        {
            Append(line.Text);
        }

        pending.Clear();
    }

    private void Append(string text) => LineJoiner.Append(current!.Text, text, chinese);

    private static bool IsPreambular(ParsedNode node) => node.Kind == ParagraphKind.Preambular;

    /// <summary>The end of the node's text: enough to see how it closes, without copying a long paragraph per line.</summary>
    private static string Tail(ParsedNode node)
    {
        // After a quotation, the node ends where its last quoted line does ("…”;").
        var text = node.Quotation.Count > 0 ? node.Quotation[^1] : node.Text;
        var length = Math.Min(text.Length, 120);
        return text.ToString(text.Length - length, length);
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";
}
