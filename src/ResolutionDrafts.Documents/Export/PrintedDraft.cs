using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;
using ResolutionDrafts.Domain.Style;

namespace ResolutionDrafts.Documents.Export;

/// <summary>
/// Lays a draft out as the lines a UN document prints, in order: the masthead cells, session and
/// agenda block, sponsors line, title, author line, paragraphs with their headings and markers,
/// additional sponsors and the closing rule. Only what the draft holds is printed: no masthead
/// field is invented.
/// </summary>
internal static class PrintedDraft
{
    public static List<PrintedLine> Lines(Draft draft, DocxExportOptions options, FootnoteMarks marks)
    {
        var zh = UnLabels.IsChinese(draft);
        var m = draft.Metadata;
        var lines = new List<PrintedLine>();

        void Add(string key, LineZone zone, string style, string? text, int italic = 0)
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                lines.Add(new PrintedLine(key, zone, style, "", marks.Encode(text), italic));
            }
        }

        // "United Nations", or the organisation another body belongs to: "World Health Organization" over a WHA text (ADR 0036, amendment 3).
        Add("organisation", LineZone.UpperLeft, StyleIds.MastheadOrganisation, Organisation.Of(draft));
        Add("symbol", LineZone.UpperRight, StyleIds.MastheadSymbol, m.Symbol);
        Add("organ", LineZone.LowerLeft, StyleIds.MastheadOrgan, m.Body);
        Add("distribution", LineZone.LowerRight, StyleIds.MastheadDistribution, DistributionBlock(draft, zh && options.ChineseDistributionBlock));

        Add("session", LineZone.Body, StyleIds.SessionLine, m.Session);
        Add("committee", LineZone.Body, StyleIds.SessionLine, m.Committee);
        Add("place", LineZone.Body, StyleIds.SessionLine, m.PlaceAndDates);
        if (m.AgendaItem is { } agenda)
        {
            Add("agenda", LineZone.Body, StyleIds.SessionLine, string.IsNullOrWhiteSpace(agenda.Number) ? null : UnLabels.AgendaItem(agenda.Number, zh));
            Add("agendaTitle", LineZone.Body, StyleIds.AgendaTitle, agenda.Title);
        }

        if (draft.Kind.IsAdopted())
        {
            // As the UN prints S/RES/2799 (2026): "Resolution 2799 (2026)" bold and centred, the adoption line under it in
            // italics; any other adopted text "Resolution adopted by the General Assembly".
            // A General Assembly resolution's heading carries its date when the text kept it: "Resolution adopted by the General
            // Assembly on 29 October 2025" (A/RES/80/4), "2021年12月1日大会决议".
            var number = draft.Kind.IsDecision() ? null : SecurityCouncil.ResolutionHeading(m.Symbol, zh);
            var ownHeading = number is null && AdoptionHeading.IsHeading(m.AdoptionLine);
            // WHO prints an adopted resolution under its masthead with no such heading: its symbol (WHA77.1) says it was adopted
            // (ADR 0036, amendment 4).
            Add("adopted", LineZone.Body, number is null ? StyleIds.AdoptedHeading : StyleIds.CouncilResolutionNumber,
                number ?? (ownHeading ? m.AdoptionLine : WorldHealthAssembly.Is(draft) ? null : UnLabels.Adopted(m.Body, zh, draft.Kind.IsDecision())));
            if (!ownHeading)
            {
                Add("adoptionLine", LineZone.Body, StyleIds.AdoptionLine, m.AdoptionLine, zh || m.AdoptionLine is null ? 0 : m.AdoptionLine.Length);
            }

            // "[on the report of the Third Committee (A/76/462, para. 12)]" under the heading, before the title (ADR 0034, amendment 1).
            Add("committeeLine", LineZone.Body, StyleIds.CommitteeLine, m.CommitteeLine);
        }
        else if (!SponsorsLine.UnderTitle(draft))
        {
            Add("sponsors", LineZone.Body, StyleIds.SponsorsLine, SponsorsWithStars(draft, zh, marks));
        }

        Add("title", LineZone.Body, StyleIds.ResolutionTitle, draft.Title);
        if (!draft.Kind.IsAdopted() && SponsorsLine.UnderTitle(draft))
        {
            // WHO's draft names its sponsors under the title: "Draft resolution proposed by Brazil, Ghana and Thailand" (ADR 0036, amendment 4).
            Add("sponsors", LineZone.Body, StyleIds.SponsorsUnderTitle, SponsorsWithStars(draft, zh, marks));
        }
        // A resolution in parts prints each part's own author line after its letter and title instead.
        var parts = draft.HasParts;
        if ((!parts || draft.Paragraphs[0].Part is null) && PrintedAuthorLine.IsShown(draft))
        {
            Add("author", LineZone.Body, StyleIds.AuthorLine, draft.AuthorLine, PrintedAuthorLine.ItalicLength(draft.AuthorLine, draft.Language));
        }

        var labels = ParagraphLabels.Compute(draft);
        var italics = !zh && draft.Language == DraftLanguage.English && draft.Kind != DocumentKind.Amendment;
        (string Id, DraftPart Part)? partBefore = null;
        foreach (var paragraph in draft.Paragraphs)
        {
            if (paragraph.Part is { } part)
            {
                if (partBefore is { } ended && draft.Kind.IsAdopted())
                {
                    // The part before ends with its meeting, as the UN prints each part of A/RES/75/101 A–B (ADR 0034, amendment 2).
                    foreach (var (key, meetingText) in MeetingLines(PrintedMeeting.Of(draft, ended.Part)))
                    {
                        Add(key + ":" + ended.Id, LineZone.Body, StyleIds.MeetingLine, meetingText);
                    }
                }

                partBefore = (paragraph.Id, part);
                // As the UN prints A/RES/75/101 A–B: the letter centred, the part's title, its author line.
                Add("part:" + paragraph.Id, LineZone.Body, StyleIds.PartLetter, labels[paragraph.Id].Part);
                Add("partTitle:" + paragraph.Id, LineZone.Body, StyleIds.PartTitle, part.Title);
                Add("partAuthor:" + paragraph.Id, LineZone.Body, StyleIds.AuthorLine, part.AuthorLine, PrintedAuthorLine.ItalicLength(part.AuthorLine, draft.Language));
            }

            if (paragraph.Heading is { } heading)
            {
                Add("h:" + paragraph.Id, LineZone.Body, StyleIds.SectionHeading, heading);
            }

            var label = labels[paragraph.Id];
            var text = marks.Encode(paragraph.Text);
            var style = paragraph.Kind == ParagraphKind.Operative ? StyleIds.Operative : StyleIds.Preambular;
            lines.Add(new PrintedLine("p:" + paragraph.Id, LineZone.Body, style, label.Marker, text, italics ? OpeningPhrase.Length(text, draft.Language) : 0)
            {
                NodeId = paragraph.Id,
                Unnumbered = paragraph.Kind == ParagraphKind.Operative && label.Marker.Length == 0,
            });
            PrintedQuotation.Add(paragraph, 0, marks, lines);
            AddSubParagraphs(paragraph, 1, labels, marks, lines, draft.Language);
        }

        if (draft.Kind.IsAdopted())
        {
            // The meeting the text was adopted at, its date under it, after the last paragraph: "41st plenary meeting" / "10 December 2020".
            // WHO prints both on one line, "Eighth plenary meeting, 1 June 2024" (ADR 0036, amendment 5).
            foreach (var (key, meetingText) in MeetingLines(PrintedMeeting.Of(draft)))
            {
                Add(key, LineZone.Body, StyleIds.MeetingLine, meetingText);
            }

            // WHO prints the meeting's record under it ("A78/VR/8"); the UN's page prints none (ADR 0034, amendment 4).
            Add("meetingRecord", LineZone.Body, StyleIds.MeetingLine, WorldHealthAssembly.Is(draft) ? m.MeetingRecord : null);

            // The Human Rights Council prints its vote under them (ADR 0034, amendment 3); the General Assembly's page prints none.
            if (m is { VotePrinted: true, Vote: { } vote })
            {
                var printedVote = vote.Printed(zh, name => Sponsors.VoterNames.Shown(name, draft.Language).Name);
                for (var i = 0; i < printedVote.Count; i++)
                {
                    Add("vote:" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), LineZone.Body, i == 0 ? StyleIds.PrintedVote : StyleIds.SingleTxt, printedVote[i]);
                }
            }
        }

        if (options.ListAdditionalSponsors && !draft.Kind.IsAdopted())
        {
            var additional = draft.Sponsors.Where(s => s.Additional).Select(s => s.Name).ToList();
            Add("additional", LineZone.Body, StyleIds.AdditionalSponsors, additional.Count == 0 ? null : UnLabels.AdditionalSponsors(additional, zh));
        }

        // The closing rule also gives the last paragraph a following one, so its mark can be a tracked deletion.
        Add("end", LineZone.Body, StyleIds.EndRule, UnLabels.EndRule);
        return lines;
    }

    /// <summary>
    /// The meeting's lines keyed, in the text's order (<see cref="DraftMetadata.MeetingInPrintedOrder"/>): "meetingLine" and
    /// "meetingDate" on two lines, or one "meetingLine" holding both (<see cref="PrintedMeeting"/>).
    /// </summary>
    private static IEnumerable<(string Key, string? Text)> MeetingLines(PrintedMeeting meeting) =>
        meeting.OnOneLine
            ? [("meetingLine", meeting.Text() is [var line] ? line : null)]
            : meeting.Lines.Select(l => (l.IsDate ? "meetingDate" : "meetingLine", l.Text));

    /// <summary>
    /// The sponsors line as issued documents print "on behalf of": the sponsor's name with an
    /// asterisk, and the group in a footnote marked "*" ("Uganda*: draft resolution" / "* On behalf of
    /// the Group of 77 and China."); a second group gets "**", and so on.
    /// </summary>
    private static string? SponsorsWithStars(Draft draft, bool zh, FootnoteMarks marks)
    {
        var line = SponsorsLine.Format(draft);
        if (line is null)
        {
            return null;
        }

        var stars = 0;
        foreach (var sponsor in draft.Sponsors.Where(s => !s.Additional && s.OnBehalfOf is not null))
        {
            var written = SponsorsLine.Name(sponsor, zh);
            var at = line.IndexOf(written, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var symbol = new string('*', ++stars);
            var group = sponsor.OnBehalfOf!.Trim();
            var note = zh ? $"代表{group.TrimEnd('。')}。" : $"On behalf of {group.TrimEnd('.')}.";
            line = line[..at] + sponsor.Name + marks.StarMark(symbol, note) + line[(at + written.Length)..];
        }

        return line;
    }

    /// <summary>"Distr.: Limited", the date, the language of a translated version, "Original: English".</summary>
    /// <param name="inChinese">Chinese words throughout (分发：限制 …) instead of the English the UN prints in every version.</param>
    public static string? DistributionBlock(Draft draft, bool inChinese = false)
    {
        var m = draft.Metadata;
        var parts = new List<string>();
        if (m.Distribution is { } distribution)
        {
            parts.Add(inChinese ? UnLabels.DistributionInChinese(distribution) : UnLabels.Distribution(distribution));
        }

        if (m.Date is { } date)
        {
            // A date written otherwise than IssueDates reads is kept as it is.
            parts.Add(inChinese && Domain.Revisions.IssueDates.Parse(date) is { } day ? Domain.Revisions.IssueDates.Format(day, DraftLanguage.Chinese) : date);
        }

        if (m.OriginalLanguage is { } original)
        {
            // The UN leaves a blank line before "Original:"; a translated version names its own language there.
            var translated = draft.Language != original && draft.Language != DraftLanguage.English;
            parts.Add(!translated ? "" : inChinese ? UnLabels.LanguageNameInChinese(draft.Language) : UnLabels.LanguageName(draft.Language));
            parts.Add(inChinese ? UnLabels.OriginalInChinese(original) : UnLabels.Original(original));
        }

        return parts.Count == 0 ? null : string.Join('\n', parts);
    }

    /// <summary>"The General Assembly," is italic up to its comma in English; Chinese has no italics.</summary>
    private static void AddSubParagraphs(ParagraphNode parent, int depth, IReadOnlyDictionary<string, ParagraphLabel> labels, FootnoteMarks marks, List<PrintedLine> lines, string language)
    {
        foreach (var sub in parent.SubParagraphs)
        {
            lines.Add(new PrintedLine("p:" + sub.Id, LineZone.Body, StyleIds.SubParagraph(depth), labels[sub.Id].PrintedMarker(language), marks.Encode(sub.Text), 0) { NodeId = sub.Id });
            PrintedQuotation.Add(sub, depth, marks, lines);
            AddSubParagraphs(sub, depth + 1, labels, marks, lines, language);
        }
    }
}
