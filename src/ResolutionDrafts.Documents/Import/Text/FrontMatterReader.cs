using System.Text.RegularExpressions;
using ResolutionDrafts.Domain.Drafts;
using P = ResolutionDrafts.Documents.Import.Text.FrontMatterPatterns;

namespace ResolutionDrafts.Documents.Import.Text;

/// <summary>
/// Reads everything before the first paragraph: masthead (symbol, organ, distribution, date,
/// original language), session, committee, place and dates, agenda item, the sponsors line, the
/// title and the author line ("The General Assembly,"). Lines are recognised by what they say, not
/// by where they stand, since extractors and Word files order the masthead differently.
/// </summary>
internal sealed partial class FrontMatterReader(IReadOnlyList<SourceLine> lines, bool chinese, bool blankLinesMeaningful, ParsedDocument doc)
{
    private readonly bool[] roled = new bool[lines.Count];
    private string? recordOrgan;
    private string? adoptionLine;

    /// <summary>An adopted text's "[on the report of the … Committee (…)]" / "[根据…的报告(…)]", as printed (ADR 0034, amendment 1).</summary>
    private string? committeeLine;
    private string? symbol, body, committee, session, place, distribution, date, original, agendaNumber, agendaTitle, amends;

    /// <summary>For a "*" (1) or "**" (2) on the sponsors line, the indexes of the sponsors it marks.</summary>
    public Dictionary<int, List<int>> Stars { get; } = [];

    /// <summary>Lines under the agenda item's title and over the next line read (an adoption heading): the text's title if none follows that heading.</summary>
    private (int From, int To)? TitleAboveAdoption { get; set; }

    /// <summary>The heading of a part ("A. Report of …") printed before the author line.</summary>
    public string? PartHeading { get; private set; }

    /// <summary>Reads the front matter; returns the index of the first body line.</summary>
    public int Read()
    {
        var (authorStart, authorEnd) = AuthorLine.Find(lines, chinese);
        var limit = authorStart >= 0 ? authorStart : Math.Min(lines.Count, 80);
        var (sponsorsStart, sponsorsEnd) = new SponsorsLineReader(lines, chinese, blankLinesMeaningful, doc, Stars).Read(limit, out amends);
        Sponsorless = sponsorsStart < 0;
        for (var k = Math.Max(0, sponsorsStart); k <= sponsorsEnd; k++)
        {
            roled[k] = true;
        }

        // A decision's heading, or a symbol only an adopted decision bears ("WHA79(8)"; ADR 0036, amendment 3).
        var decision = doc.Kind.IsDecision() || (sponsorsStart < 0 && lines.Take(limit).Any(l => P.AdoptsDecision(l.Text)
            || (Furniture.IsSymbol(l.Text) && Furniture.WhoAdoptedKind(l.Text) == DocumentKind.AdoptedDecision)));
        if (decision && SentenceStart(authorStart, authorEnd, sponsorsEnd) is >= 0 and var sentence)
        {
            // A decision in one sentence: no author line; the sentence, organ and all, is its text (ADR 0022).
            authorStart = authorEnd = -1;
            limit = sentence;
            DecisionSentenceAt = sentence;
        }
        else if (authorStart < 0 && sponsorsStart < 0 && DecisionSentence.FindRecord(lines, 0, Math.Min(lines.Count, 80), chinese) is >= 0 and var record
                 && lines.Count - record <= MaxUnlabelledDecisionLines)
        {
            // The Official Records' form of an adopted decision: "At its 37th plenary meeting, on 2 December 2021, the General
            // Assembly, on the recommendation of the Sixth Committee, decided …" says by itself what it is (ADR 0022). A report
            // tells of its meetings so too ("At its 2nd meeting, on 5 October 2021, the Committee decided …"), so, as for a
            // sentence pasted alone, only a short text that is one sentence in the end is taken for one (StructureReader).
            doc.Kind = DocumentKind.AdoptedDecision;
            limit = record;
            DecisionSentenceAt = record;
            UnlabelledDecision = true;
            recordOrgan = DecisionSentence.RecordOrgan(DecisionSentence.OpeningAt(lines, record, chinese), chinese);
        }
        else if (authorStart < 0 && sponsorsStart < 0 && doc.Kind == DocumentKind.DraftResolution
                 && DecisionSentence.Find(lines, 0, Math.Min(lines.Count, 80), chinese) is >= 0 and var unlabelled && lines.Count - unlabelled <= MaxUnlabelledDecisionLines)
        {
            // The sentence of a decision pasted without its "Draft decision" line: short, and one sentence in the end
            // (StructureReader refuses it otherwise), it is read as a draft decision, with a warning.
            doc.Kind = DocumentKind.DraftDecision;
            limit = unlabelled;
            DecisionSentenceAt = unlabelled;
            UnlabelledDecision = true;
            doc.Warnings.Add("No sponsors line or heading says what this is; its text is one sentence in which the organ decides, so it was read as a draft decision.");
        }
        else if (authorStart < 0 && doc.Kind != DocumentKind.Amendment)
        {
            throw new ImportRefusedException(decision
                ? "a decision with neither an author line (\"The General Assembly,\") nor a sentence in which the organ decides (\"The General Assembly decides …\")"
                : "no author line found (such as \"The General Assembly,\"): this does not look like a resolution");
        }

        authorLineText = authorStart < 0 ? null : LineJoiner.Join(lines.Skip(authorStart).Take(authorEnd - authorStart + 1).Select(l => l.Text), chinese);
        var agendaLine = ReadMasthead(limit, sponsorsStart, sponsorsEnd);
        var adoptedByItsEnd = false;
        if (doc.Kind == DocumentKind.DraftResolution && Sponsorless && AdoptedBy(symbol) is { } adoptedKind)
        {
            doc.Kind = adoptedKind;
            adoptedByItsEnd = Furniture.WhoAdoptedKind(symbol) is null; // its closing meeting, which a decision has as a resolution does
        }

        body ??= recordOrgan; // "the General Assembly … decided": the organ, when no masthead names it
        var titleEnd = limit;
        if (authorStart < 0 && DecisionSentenceAt < 0)
        {
            titleEnd = AmendmentTitleEnd(sponsorsEnd + 1);
        }

        ReadTitles(agendaLine, titleEnd, sponsorsStart, adoptedByItsEnd);
        for (var k = 0; k < (authorStart < 0 ? titleEnd : authorStart); k++)
        {
            if (!roled[k] && lines[k].Text.Trim().Length > 0)
            {
                // A masthead line (or a column of one) recognised as nothing and taken for no title: not in the draft, and said so
                // by the preview even when the cell beside it was read (docs/import.md, "The review").
                doc.Unplaced.Add(lines[k].Text.Trim());
            }
        }

        doc.AuthorLine = authorStart < 0 ? "" : LineJoiner.Join(lines.Skip(authorStart).Take(authorEnd - authorStart + 1).Select(l => l.Text), chinese);
        if (body is null && doc.AuthorLine.Length > 0)
        {
            // The enacting formula names the organ when the masthead does not: "联合国反腐败公约缔约国会议，".
            // An English one may say where it meets after a comma ("The General Conference of the International Labour Organization,
            // meeting in its 113th Session, 2025,"): the organ is the name before it.
            body = Regex.Replace(doc.AuthorLine.TrimEnd(',', '，', ' '), "^The ", "");
            body = chinese ? body : Regex.Replace(body, @",\s+\p{Ll}.*$", "");
        }

        doc.Metadata = new DraftMetadata
        {
            Symbol = symbol, Body = body, Committee = committee, Session = session, PlaceAndDates = place,
            AgendaItem = agendaNumber is null ? null : new AgendaItem(agendaNumber, agendaTitle ?? ""),
            Distribution = distribution, Date = date, OriginalLanguage = original, AmendsSymbol = amends,
            SubmittedBy = doc.SubmittedBy, AdoptionLine = adoptionLine,
            // A draft has no committee line: the bracketed line says how an adopted text came to the plenary.
            CommitteeLine = doc.Kind.IsAdopted() ? committeeLine : null,
        };
        if (doc.Kind.IsRevised())
        {
            doc.Revision = KindPhrase.RevisionOf(symbol);
            if (doc.Revision is null)
            {
                doc.Revision = 1;
                doc.Warnings.Add($"The sponsors line says \"{(doc.Kind.IsDecision() ? "revised draft decision" : "revised draft resolution")}\" but no symbol with /Rev.N was found; Rev.1 is assumed.");
            }
        }

        return authorStart < 0 ? titleEnd : authorEnd + 1;
    }

    /// <summary>
    /// What a text with no sponsors line and no heading saying it was adopted gives of its adoption (ADR 0036, amendment 3): a
    /// symbol only an adopted text bears — a World Health Assembly resolution "WHA79.12" or decision "WHA79(8)", an Executive
    /// Board's "EB158.R3" / "EB158(4)" — or the meeting it closes with, "Seventh plenary meeting, 1 June 2024", "41st plenary
    /// meeting", after its last paragraph. An agenda item and a date say nothing: a draft prints them too ("A79/A/CONF./3").
    /// </summary>
    private DocumentKind? AdoptedBy(string? symbolRead)
    {
        if (Furniture.WhoAdoptedKind(symbolRead) is { } bySymbol)
        {
            return bySymbol;
        }

        var seen = 0;
        for (var k = lines.Count - 1; k >= 0 && seen < 4; k--)
        {
            var t = lines[k].Text.Trim();
            if (t.Length == 0)
            {
                continue;
            }

            seen++;
            if (P.ClosingMeeting().IsMatch(t) || P.DatedMeeting().IsMatch(t))
            {
                return DocumentKind.AdoptedResolution;
            }
        }

        return null;
    }

    /// <summary>No sponsors line: an issued text, whose numbered heading ("Decision 11/3") says it was adopted.</summary>
    private bool Sponsorless { get; set; }

    /// <summary>Where a decision written as one sentence begins (its line index), or -1 when there is none.</summary>
    public int DecisionSentenceAt { get; private set; } = -1;

    /// <summary>The decision was recognised by its sentence alone (a draft's present tense, or the Official Records' past tense): nothing else in the text said it is a decision.</summary>
    public bool UnlabelledDecision { get; private set; }

    /// <summary>A decision's sentence with nothing to say it is one is read only from a short text, never from a report.</summary>
    private const int MaxUnlabelledDecisionLines = 40;

    /// <summary>
    /// A decision's sentence: the line taken for an author line when the sentence goes on from it in lower case ("The General
    /// Assembly, recalling …," / a next line "decides …"), else the first line after the sponsors line that opens the sentence.
    /// An author line that is the organ alone ("The General Assembly,") on a line of its own, or that a paragraph break ends (a
    /// Word paragraph, a line of text laid out a paragraph a line, a blank line), is the author line whatever follows: it prints
    /// so, and a draft that keeps "decides: (a) …" under it reads back as it was (ADR 0022, amendment 1).
    /// </summary>
    private int SentenceStart(int authorStart, int authorEnd, int sponsorsEnd)
    {
        if (authorStart >= 0)
        {
            var next = authorEnd + 1 < lines.Count ? lines[authorEnd + 1] : default;
            var goesOn = !chinese && next.Text is { Length: > 0 } nextText && char.IsLower(nextText[0])
                && !next.Whole && !next.BlankBefore && !next.PageBreakBefore
                && !IsOrganAlone(LineJoiner.Join(lines.Skip(authorStart).Take(authorEnd - authorStart + 1).Select(l => l.Text), chinese));
            return goesOn || DecisionSentence.Opens(lines[authorStart].Text, chinese) ? authorStart : -1;
        }

        return DecisionSentence.Find(lines, sponsorsEnd + 1, Math.Min(lines.Count, 120), chinese);
    }

    /// <summary>
    /// A date alone on the line right under the session's name, in the left column: the session's own date, a one-day session printed
    /// without its place (the Human Rights Council's "Twenty-eighth special session" / "18 May 2018"), not the date of issue, which the
    /// UN prints in the right column under "Distr.:", above the session (ADR 0040, amendment 1) — but on WHO's masthead, which prints
    /// its date of issue on the session's row ("158th session      4 February 2026"), pasted a cell a line, the date of issue
    /// (<see cref="WhoMasthead"/>). Which of the two is decided after the whole masthead is read: the agenda item that tells WHO's
    /// masthead stands below it.
    /// </summary>
    private bool DateUnderSession(int i, int sessionAt) =>
        sessionAt >= 0 && i == sessionAt + 1 && lines[i].Column < 2 && lines[sessionAt].Column < 2;

    /// <summary>
    /// The masthead read is WHO's, by the one rule the drafts are printed by (<see cref="WorldHealthAssembly.IsMasthead"/>; ADR 0040
    /// amendment 2): its symbol, else the body, author line, session and agenda item read, or "World Health Organization" over it.
    /// </summary>
    private bool WhoMasthead() =>
        WorldHealthAssembly.IsMasthead(symbol, body, authorLineText, session, agendaNumber, whoNamed);

    /// <summary>The author line's text, for <see cref="WhoMasthead"/> while the masthead is read.</summary>
    private string? authorLineText;

    /// <summary>"World Health Organization" / "世界卫生组织" stands over the masthead.</summary>
    private bool whoNamed;

    /// <summary>
    /// An enacting formula and nothing more: "The General Assembly,", "The Conference of the States Parties to …," — no word of a
    /// sentence after the organ's comma ("The General Assembly, recalling its resolution 74/186," goes on as a sentence does).
    /// </summary>
    private static bool IsOrganAlone(string authorLine) => !authorLine.TrimEnd().TrimEnd(',').Contains(',', StringComparison.Ordinal);

    /// <summary>Gives roles to the masthead lines before <paramref name="limit"/>; returns the agenda item's line or -1.</summary>
    private int ReadMasthead(int limit, int sponsorsStart, int sponsorsEnd)
    {
        var agendaLine = -1;
        var distributionWordAt = -1; // the line of a distribution read from a word alone ("Restricted"), which a "Distr.:" line overrules
        var sessionSeen = false;
        var numberSeen = false;
        var bodyWrapped = false; // the body's name was joined from a narrow column's lines
        var sessionAt = -1; // the session's line, whose own date may stand on the line under it
        var dateUnderSession = -1; // a date alone on the line under it
        var adopted = false;
        for (var i = 0; i < limit; i++)
        {
            if (roled[i])
            {
                continue;
            }

            var t = lines[i].Text;
            roled[i] = true;
            Match m;
            if (symbol is null && i < 30 && Furniture.IsSymbol(t))
            {
                symbol = t;
            }
            else if (Organisation.IsName(t))
            {
                // "United Nations", "World Health Organization" over the body: who prints it, not the body (ADR 0036, amendment 3).
                whoNamed |= t.Trim().Equals(Organisation.WorldHealthOrganization, StringComparison.OrdinalIgnoreCase)
                            || t.Replace(" ", "", StringComparison.Ordinal).Replace("\u3000", "", StringComparison.Ordinal).Trim() == Organisation.WorldHealthOrganizationChinese;
            }
            else if (body is null && !sessionSeen && (m = P.AssemblySession().Match(t)).Success)
            {
                // "SEVENTY-NINTH WORLD HEALTH ASSEMBLY": the Assembly and its session, as the UN's masthead has the organ over its
                // session ("General Assembly" / "Eightieth session"; ADR 0036, amendment 3).
                body = chinese ? "世界卫生大会" : "World Health Assembly";
                var n = m.Groups["n"].Value;
                // Not a session line of the UN's block: the issue date may still follow it in the masthead's other column.
                session = chinese ? $"第{n}届会议" : char.ToUpperInvariant(n[0]) + n[1..].ToLowerInvariant() + " session";
            }
            else if (body is null && !sessionSeen && i < 20 && P.ExecutiveBoard().IsMatch(t))
            {
                body = chinese ? "执行委员会" : "Executive Board"; // WHO's masthead prints it in capitals
            }
            else if ((m = P.Distribution().Match(t)).Success
                     && (distribution is null || distributionWordAt >= 0 || !m.Groups["d"].Success || P.DistributionValue(m.Groups["d"].Value) == distribution))
            {
                if (m.Groups["d"].Success && distributionWordAt >= 0 && P.DistributionValue(m.Groups["d"].Value) != distribution)
                {
                    // "Distr.: Limited" says what a word alone above it ("Restricted") only seemed to: that word is placed nowhere.
                    roled[distributionWordAt] = false;
                    distribution = null;
                }

                distributionWordAt = m.Groups["d"].Success ? -1 : distributionWordAt;
                distribution ??= m.Groups["d"].Success ? P.DistributionValue(m.Groups["d"].Value) : null;
                if (!m.Groups["d"].Success && i + 1 < limit && !roled[i + 1] && P.DistributionWord().IsMatch(lines[i + 1].Text.Trim())
                    && (distribution is null || P.DistributionValue(lines[i + 1].Text) == distribution))
                {
                    distribution = P.DistributionValue(lines[++i].Text);
                    roled[i] = true;
                }
            }
            else if (P.DistributionWord().IsMatch(t.Trim()) && (distribution is null || P.DistributionValue(t) == distribution))
            {
                // "Restricted" alone, as a masthead's column prints it: the distribution, not a body's name nor a line dropped.
                distribution = P.DistributionValue(t);
                distributionWordAt = i;
            }
            else if (P.Distribution().IsMatch(t) || P.DistributionWord().IsMatch(t.Trim()))
            {
                roled[i] = false; // a second distribution that says otherwise: placed nowhere, so the preview lists it
            }
            else if ((m = P.Original().Match(t)).Success)
            {
                original = P.LanguageCode(m.Groups["l"].Value) ?? m.Groups["l"].Value;
            }
            else if (P.LanguageName().IsMatch(t))
            {
            }
            else if (P.Date().IsMatch(t) && DateUnderSession(i, sessionAt))
            {
                dateUnderSession = i; // the session's own date or WHO's date of issue: decided when the masthead is read
            }
            else if (date is null && P.Date().IsMatch(t))
            {
                // A date alone is the date of issue, in the masthead's right column ("158th session      4 February 2026") or under
                // the session as a text pasted a line at a time has it; a session's place and dates say where or span days.
                date = t;
            }
            else if (session is null && P.Session().IsMatch(t))
            {
                session = t;
                sessionSeen = true;
                sessionAt = i;
            }
            else if (session is null && lines[i].Column < 2 && (m = P.SessionWithDate().Match(t)).Success)
            {
                // "Twenty-eighth special session, 18 May 2018": a one-day session's date follows its name on its line (ADR 0040, amendment 1).
                session = m.Groups["s"].Value.Trim();
                place ??= m.Groups["d"].Value.Trim();
                sessionSeen = true;
                sessionAt = i;
            }
            else if (committee is null && P.Committee().IsMatch(t))
            {
                committee = t;
            }
            else if (agendaNumber is null && (m = P.AgendaItem().Match(t)).Success)
            {
                agendaNumber = m.Groups["n"].Value.Trim().TrimEnd('*');
                agendaLine = i;
            }
            else if (place is null && sessionSeen && agendaLine < 0 && lines[i].Column < 2 && t.Length <= 120 && P.HasDate().IsMatch(t)
                     && !P.Adoption().IsMatch(t) && !P.NumberedAdoption().IsMatch(t))
            {
                place = t;
            }
            else if (sponsorsStart < 0 && P.NumberedAdoption().IsMatch(t))
            {
                adopted = true; // the Security Council's "Resolution 2719 (2023)" and "Adopted by the Security Council at its … meeting, on …"
                // The number is the symbol's (S/RES/2719 (2023)); the adoption line is kept as printed.
                adoptionLine = t.StartsWith("Resolution", StringComparison.OrdinalIgnoreCase) || t.EndsWith("号决议", StringComparison.Ordinal) ? adoptionLine : t;
                doc.Kind = DocumentKind.AdoptedResolution;
            }
            else if (sponsorsStart < 0 && P.Adoption().IsMatch(t))
            {
                adopted = true;
                doc.Kind = P.AdoptsDecision(t) ? DocumentKind.AdoptedDecision : DocumentKind.AdoptedResolution;
                var heading = t;
                if (i + 1 < limit && (P.OnDate().IsMatch(lines[i + 1].Text)
                                      || (t.EndsWith(" on", StringComparison.Ordinal) && P.Date().IsMatch(lines[i + 1].Text.Trim()))))
                {
                    heading += " " + lines[++i].Text.Trim(); // "Resolution adopted by the General Assembly" / "on 29 October 2025", as a PDF wraps it
                    roled[i] = true;
                }

                // The heading with its date is how the text was adopted, kept and printed as it stands ("… on 6 December 2021",
                // "2021年12月6日大会决议"); without a date it says no more than the heading every adopted text prints.
                adoptionLine ??= P.HasDate().IsMatch(heading) ? P.Spaces().Replace(heading, " ") : null;
            }
            else if (BracketedLine(i, limit) is var (bracketed, last) && bracketed.Length < 300)
            {
                // "[on the report of the Special Political and Decolonization Committee (Fourth Committee) (A/75/414, para. 8)]",
                // perhaps wrapped over two or three lines by the PDF: kept whole as the committee line.
                for (; i < last; i++)
                {
                    roled[i + 1] = true;
                }

                committee ??= P.CommitteeInside().Match(bracketed) is { Success: true } c ? c.Value : null;
                committeeLine ??= bracketed;
            }
            else if (committee is null && body is not null && !adopted && agendaLine < 0 && (sponsorsStart < 0 || i < sponsorsStart) && t.Length < 80
                     // never a sentence's end ("as a document of the Security Council.") nor a heading's ("… addressed to the" /
                     // "President of the Security Council")
                     && (chinese || (char.IsUpper(t[0]) && !t.EndsWith('.') && (i == 0 || !UnfinishedName().IsMatch(lines[i - 1].Text.TrimEnd()))))
                     && (chinese ? P.ChineseOrganWord().IsMatch(t) && !P.ChinesePunctuation().IsMatch(t) : P.OrganWord().IsMatch(t))
                     && !t.Contains(',', StringComparison.Ordinal) && !t.Any(char.IsDigit)
                     && !t.Contains("resolution", StringComparison.OrdinalIgnoreCase) && !t.Contains("决议", StringComparison.Ordinal))
            {
                committee = NameGoingOn(t, ref i, limit); // a subsidiary body under the organ: "Human Rights Council" under "General Assembly", "人权理事会" under "大会"
                if (bodyWrapped && (committee == body || committee.EndsWith(" " + body, StringComparison.Ordinal)))
                {
                    // The body's name printed again above the session, whole where the masthead's column cut it ("United Nations
                    // Environment Assembly of the United Nations Environment Programme"): the body, not a subsidiary of it.
                    body = committee;
                    committee = null;
                }
            }
            else if (body is null && !sessionSeen && !numberSeen && agendaLine < 0 && (sponsorsStart < 0 || i < sponsorsStart) && i < 20 && t.Length < 120
                     && !P.HasDate().IsMatch(t) && t.Any(char.IsLetter) && !P.ResolutionNumber().IsMatch(t) && !P.TitleOfAResolution().IsMatch(t))
            {
                // not "76/515. Report of …": a numbered title is a title, even with no masthead above it; nor "Resolution concerning
                // decent work …", as the International Labour Conference titles its resolutions
                body = NameGoingOn(t, ref i, limit);
                bodyWrapped = body != t;
            }
            else
            {
                // "Decision 1/CP.29" over its title: the lines after it are the title, never the body's name.
                numberSeen |= P.ResolutionNumber().IsMatch(t);
                roled[i] = false;
            }
        }

        if (dateUnderSession >= 0)
        {
            var t = lines[dateUnderSession].Text;
            if (date is null && WhoMasthead())
            {
                date = t;
            }
            else if (place is null)
            {
                place = t;
            }
            else if (date is null)
            {
                date = t;
            }
            else
            {
                roled[dateUnderSession] = false; // a third date: placed nowhere, so the preview lists it
            }
        }

        return agendaLine;
    }

    [GeneratedRegex(@"^(?:Annex|Enclosure|Appendix)(?:\s+(?:I{1,3}|\d{1,2}))?(?:\s+to\s+the\s+(?:letter|note\s+verbale|note)\b.*)?$|^(?:致.{1,60}的信的)?附件(?:[一二三四五六七八九十]{0,3})?$", RegexOptions.IgnoreCase)]
    private static partial Regex AnnexHeading();

    [GeneratedRegex(@"addressed\s+to\s+the\s+.*(?:Council|Assembly|Secretary-General|Committee|Commission|Conference|Chair|President|Board)$|^附件$|的信的附件$", RegexOptions.IgnoreCase)]
    private static partial Regex AnnexHeadingEnd();

    /// <summary>
    /// Where a letter's annex heading stands among the lines over the author line ("Annex to the letter dated 4 December 2025
    /// from the Permanent Representative of … addressed to the President of the Security Council", wrapped over up to four
    /// lines, or "Annex" alone) and the line after it; null when there is none, or when nothing but the heading stands before it
    /// (a text whose title is "Annex").
    /// </summary>
    private (int At, int End)? LetterAnnexHeading(int from, int to)
    {
        for (var k = to - 1; k > from; k--)
        {
            var t = lines[k].Text.Trim();
            if (!AnnexHeading().IsMatch(t) && !(t.StartsWith("Annex to the ", StringComparison.OrdinalIgnoreCase) && !Closers.IsClosed(t, preambular: false)))
            {
                continue;
            }

            var joined = t;
            for (var end = k; end < Math.Min(to, k + 4); end++)
            {
                joined = end == k ? joined : LineJoiner.Join([joined, lines[end].Text], chinese);
                if (AnnexHeadingEnd().IsMatch(joined) || AnnexHeading().IsMatch(joined) && !joined.Contains(' ', StringComparison.Ordinal))
                {
                    return (k, end + 1);
                }
            }
        }

        return null;
    }

    /// <summary>Words an organ's name does not end with: "Environment Assembly of the" goes on on a later line.</summary>
    [GeneratedRegex(@"\s(?:of|the|to|and|for|on|in)$")]
    private static partial Regex UnfinishedName();

    /// <summary>
    /// An English organ's name wrapped by the masthead's narrow column ("Environment Assembly of the" / "United Nations
    /// Environment" / "Programme"), perhaps with the other column's lines between (a date, "Original: English"): the next
    /// lines recognised as nothing go on with it while it ends with a word no name ends with. Returns the name; the lines
    /// taken are given their role.
    /// </summary>
    private string NameGoingOn(string name, ref int i, int limit)
    {
        var last = i;
        for (var j = i + 1; !chinese && j < Math.Min(limit, i + 6) && UnfinishedName().IsMatch(name); j++)
        {
            var t = lines[j].Text.Trim();
            if (roled[j] || t.Length == 0 || P.Date().IsMatch(t) || P.Distribution().IsMatch(t) || P.Original().IsMatch(t) || P.LanguageName().IsMatch(t)
                || Furniture.IsSymbol(t) || P.DistributionWord().IsMatch(t))
            {
                continue; // the other column's line, read in its turn
            }

            if (!char.IsUpper(t[0]) || t.Any(char.IsDigit) || t.Contains(',', StringComparison.Ordinal) || P.Session().IsMatch(t))
            {
                break;
            }

            name += " " + t;
            roled[j] = true;
            last = j;
            // a line after it that goes on too ("Programme" under "United Nations Environment")
            while (last + 1 < Math.Min(limit, i + 6) && !roled[last + 1] && lines[last + 1].Text.Trim() is { Length: > 0 } more
                   && char.IsUpper(more[0]) && more.Split(' ').Length <= 2 && !more.Any(char.IsDigit) && !P.Session().IsMatch(more)
                   && !Organisation.IsName(more) && !P.Original().IsMatch(more) && !P.Distribution().IsMatch(more) && !P.LanguageName().IsMatch(more)
                   && !Furniture.IsSymbol(more) && !P.DistributionWord().IsMatch(more))
            {
                name += " " + more;
                roled[++last] = true;
            }
        }

        return name;
    }

    /// <summary>
    /// A bracketed line at <paramref name="i"/> ("[without reference to a Main Committee (A/80/L.6)]"), joined with up to two
    /// lines after it when the PDF wrapped it, and the last line it takes; null when the line is none.
    /// </summary>
    private (string Text, int Last)? BracketedLine(int i, int limit)
    {
        var t = lines[i].Text.Trim();
        if (P.Bracketed().IsMatch(t))
        {
            return (P.Spaces().Replace(t, " "), i);
        }

        if (!t.StartsWith('[') || t.Contains(']', StringComparison.Ordinal))
        {
            return null;
        }

        for (var last = i + 1; last < Math.Min(limit, i + 3); last++)
        {
            var next = lines[last].Text.Trim();
            if (roled[last] || next.Contains('[', StringComparison.Ordinal))
            {
                return null;
            }

            if (next.EndsWith(']'))
            {
                return (P.Spaces().Replace(LineJoiner.Join(lines.Skip(i).Take(last - i + 1).Select(l => l.Text.Trim()), chinese), " "), last);
            }
        }

        return null;
    }

    /// <summary>Without an author line (an amendment), the title is the first group of lines after the sponsors line.</summary>
    private int AmendmentTitleEnd(int from)
    {
        var end = from;
        while (end < lines.Count && end - from < 4)
        {
            var line = lines[end];
            if (Marker.Read(line.Text).Kind != MarkerKind.None || Closers.IsClosed(line.Text, preambular: false)
                || (end > from && (line.Whole || (blankLinesMeaningful && line.BlankBefore))))
            {
                break;
            }

            end++;
        }

        return end;
    }

    /// <summary>Lines <paramref name="from"/> to <paramref name="to"/> hold a resolution's number or a part's letter, so a title follows them.</summary>
    private bool PartOrNumberAt(int from, int to) =>
        lines.Skip(from).Take(to - from).Any(l => P.ResolutionNumber().IsMatch(l.Text) || P.Part().IsMatch(l.Text));

    private void ReadTitles(int agendaLine, int titleEnd, int sponsorsStart, bool adoptedByItsEnd)
    {
        // The agenda item's title runs from its line to the next recognised line.
        var afterAgenda = agendaLine + 1;
        var agendaEnd = afterAgenda;
        if (agendaLine >= 0)
        {
            while (agendaEnd < titleEnd && !roled[agendaEnd] && !P.ResolutionNumber().IsMatch(lines[agendaEnd].Text))
            {
                // A resolution's number ("2025/8" over an executive board's decision) opens the title, never is or goes on with the item's.
                agendaEnd++;
            }

            if (agendaEnd < titleEnd && agendaEnd > afterAgenda + 1 && roled[agendaEnd] && blankLinesMeaningful && P.Adoption().IsMatch(lines[agendaEnd].Text)
                && Enumerable.Range(afterAgenda + 1, agendaEnd - afterAgenda - 1).FirstOrDefault(k => lines[k].BlankBefore) is > 0 and var gap)
            {
                // The item's title ends at a blank line; what stands between it and the heading below is the text's title, printed
                // above its adoption heading ("Strengthening of …" / "Resolution adopted on 19 September 2025 during …", as the IAEA's
                // General Conference prints it).
                TitleAboveAdoption = (gap, agendaEnd);
                agendaEnd = gap;
            }

            if (agendaEnd == titleEnd)
            {
                // Nothing recognised between the agenda item and the title: split at the first gap.
                agendaEnd = afterAgenda + 1;
                while (blankLinesMeaningful && agendaEnd < titleEnd && !lines[agendaEnd].BlankBefore && !lines[agendaEnd].Whole)
                {
                    agendaEnd++;
                }

                agendaEnd = Math.Min(agendaEnd, titleEnd);
                if (agendaEnd == titleEnd && !PartOrNumberAt(afterAgenda, titleEnd))
                {
                    // One group of lines before the author line: the text's title, never the agenda item's, which a World Health
                    // Assembly text prints as a number alone ("Agenda item 13.4"; ADR 0036, amendment 3).
                    agendaEnd = afterAgenda;
                }
            }

            agendaTitle = LineJoiner.Join(lines.Skip(afterAgenda).Take(agendaEnd - afterAgenda).Select(l => l.Text), chinese);
            for (var k = afterAgenda; k < agendaEnd; k++)
            {
                roled[k] = true;
            }
        }

        var titleStart = titleEnd;
        while (titleStart > 0 && !roled[titleStart - 1])
        {
            titleStart--;
        }

        if (titleStart == titleEnd && TitleAboveAdoption is var (over, under) && P.Adoption().IsMatch(lines[under].Text))
        {
            (titleStart, titleEnd) = (over, under);
        }

        if (LetterAnnexHeading(titleStart, titleEnd) is var (annexAt, headingEnd))
        {
            // A draft sent in a letter's annex ("Letter dated … addressed to the President of the Security Council", the letter,
            // its signature, then "Annex to the letter dated …" over the draft): the title is what follows the annex's heading;
            // the letter and the heading are not the draft's, and the preview lists them as not in it.
            doc.Warnings.Add($"The draft was read from the annex of a letter (\"{lines[annexAt].Text.Trim()} …\"); the letter and the annex's heading are not in the draft.");
            titleStart = headingEnd;
        }

        var title = new List<string>();
        var part = new List<string>();
        for (var k = titleStart; k < titleEnd; k++)
        {
            roled[k] = true;
            var text = lines[k].Text;
            var number = P.ResolutionNumber().Match(text);
            if (number.Success && title.Count == 0)
            {
                text = number.Groups["rest"].Value;
                if (number.Groups["what"].Value == "Decision" && (doc.Kind == DocumentKind.DraftResolution || adoptedByItsEnd) && Sponsorless)
                {
                    // "Decision 11/3" over a conference's decision, "Decision 1/CP.29" over one closing with its meeting
                    doc.Kind = DocumentKind.AdoptedDecision;
                }
                else if (number.Groups["what"].Success && doc.Kind == DocumentKind.DraftResolution && Sponsorless)
                {
                    doc.Kind = DocumentKind.AdoptedResolution;
                }
            }
            else if (title.Count > 0 && (part.Count > 0 || P.Part().IsMatch(text)))
            {
                part.Add(text);
                continue;
            }

            if (text.Length > 0)
            {
                title.Add(text);
            }
        }

        doc.Title = LineJoiner.Join(title, chinese);
        if (doc.Title.Length == 0 && part.Count == 0 && sponsorsStart > 0 && doc.Kind != DocumentKind.Amendment)
        {
            // Nothing between the sponsors line and the author line: the title stands above a sponsors line that names the kind
            // first, as the World Health Assembly prints it ("Strengthening primary health care" / "Draft resolution proposed
            // by …"; ADR 0036, amendment 3) — the lines right above it, or those taken for the agenda item's title. A draft
            // decision's too ("Draft decision proposed by …"; ADR 0034, amendment 6): it lost its title to the agenda item's.
            var above = sponsorsStart;
            while (above > 0 && !roled[above - 1])
            {
                above--;
            }

            if (above < sponsorsStart)
            {
                doc.Title = LineJoiner.Join(lines.Skip(above).Take(sponsorsStart - above).Select(l => l.Text), chinese);
                for (var k = above; k < sponsorsStart; k++)
                {
                    roled[k] = true;
                }
            }
            else if (!string.IsNullOrEmpty(agendaTitle) && agendaEnd == sponsorsStart)
            {
                doc.Title = agendaTitle;
                agendaTitle = null;
            }
        }

        if (part.Count > 0)
        {
            var m = P.Part().Match(part[0]);
            var rest = LineJoiner.Join(part.Skip(1).Prepend(m.Groups["rest"].Value), chinese);
            PartHeading = (m.Groups["t"].Value + ". " + rest).Trim();
        }
    }
}
