using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;
using ResolutionDrafts.Domain.Revisions;
using static ResolutionDrafts.Documents.Export.AknNames;

namespace ResolutionDrafts.Documents.Export;

/// <summary>
/// The AKN parts before the text, shaped like the UN's files: <c>meta</c> (FRBR identification,
/// the workflow step that names the sponsors, references), the <c>coverPage</c> with the
/// masthead, session and agenda lines, and the <c>preface</c> with the sponsors line and title.
/// </summary>
internal static partial class AknFrontMatter
{
    [GeneratedRegex(@"[0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex Digits();


    public static XElement Meta(Draft draft)
    {
        var m = draft.Metadata;
        var organ = OrganId(m.Symbol);
        var date = IsoDate(m.Date) ?? "0001-01-01";
        var work = $"/akn/un/statement/deliberation/{organ}/{date}/{Slug(m.Symbol)}";
        var language = Language3(draft.Language);
        var sponsors = draft.Sponsors.Where(s => !s.Additional).Select(s => s.Name).ToList();
        var additional = draft.Sponsors.Where(s => s.Additional).ToList();
        var zh = DraftLanguage.IsChinese(draft.Language);

        // As the UN's files write a text no State sponsors: by="submitted by the Chair of the Committee …".
        var by = sponsors.Count == 0 && m.SubmittedBy is { Length: > 0 } submitter ? "submitted by " + submitter : SponsorsLine.JoinNames(sponsors, zh);
        var adopted = draft.Kind.IsAdopted();
        var workflow = new XElement(N("workflow"), new XAttribute("source", "#un"));
        if (adopted && (by.Length > 0 || !string.IsNullOrWhiteSpace(m.DraftSymbol) || m.DraftDate is not null))
        {
            // An adopted text's sponsors are the draft's, named on the draft's step before the "adopted" one, as the UN's files
            // do (A/RES/75/100: <step outcome="draftResolution" as="A/C.4/75/L.6" by="Australia, …"/>), with the draft's symbol
            // when it is kept (ADR 0034, amendment 2) and its date, else the UN's "unknown" (amendment 3).
            workflow.Add(new XElement(N("step"), new XAttribute("date", m.DraftDate ?? "0001-01-01"),
                new XAttribute("outcome", draft.Kind.IsDecision() ? "draftDecision" : "draftResolution"),
                string.IsNullOrWhiteSpace(m.DraftSymbol) ? null : new XAttribute("as", XmlChars.Clean(m.DraftSymbol)), new XAttribute("by", by)));
        }

        var own = new XElement(N("step"),
            new XAttribute("date", date),
            new XAttribute("outcome", draft.Kind switch
            {
                DocumentKind.RevisedDraftResolution => "revisedDraftResolution",
                DocumentKind.Amendment => "amendment",
                DocumentKind.AdoptedResolution or DocumentKind.AdoptedDecision => "adopted",
                DocumentKind.DraftDecision => "draftDecision",
                DocumentKind.RevisedDraftDecision => "revisedDraftDecision",
                _ => "draftResolution",
            }),
            // An adopted text's step names the meeting's record as the UN's files do (<step outcome="adopted" as="A/75/PV.41"/>;
            // ADR 0034, amendment 4), else the phrase the UN's step gave in its place ("Adopted without vote, 90th plenary
            // meeting"; amendment 7); the text's own symbol when neither is known, as before — unless that symbol is itself a record's
            // ("A/76/PV.37", a decision known by the verbatim record it was taken at), which the reader would take for the meeting's
            // record: nothing then (ADR 0036 amendment 6).
            (adopted ? m.MeetingRecord ?? m.AdoptionPhrase ?? (MeetingRecords.Is(m.Symbol) ? null : m.Symbol) : m.Symbol) is { } stepAs
                ? new XAttribute("as", XmlChars.Clean(stepAs)) : null,
            new XAttribute("by", adopted ? "" : by));
        if (!adopted)
        {
            workflow.Add(own);
        }

        if (additional.Count > 0)
        {
            var joined = additional.Select(s => s.Joined).Where(d => d is not null).DefaultIfEmpty(null).Min();
            workflow.Add(new XElement(N("step"),
                new XAttribute("date", joined?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "0001-01-01"),
                new XAttribute("outcome", draft.Kind.IsDecision() ? "draftDecisionAdditionalSponsors" : "draftResolutionAdditionalSponsors"),
                new XAttribute("by", SponsorsLine.JoinNames(additional.Select(s => s.Name).ToList(), zh))));
        }

        if (adopted && (m.ReportDate is not null || m.ReportSymbol is not null || m.ReportParagraph is not null))
        {
            // The report that recommended it, as the UN's files write it: its date (ADR 0034, amendment 3), symbol and paragraph
            // (<step outcome="recommendedForAdoption" as="A/75/414" by="" refersTo="8"/>; amendment 4).
            workflow.Add(new XElement(N("step"), new XAttribute("date", m.ReportDate ?? "0001-01-01"), new XAttribute("outcome", "recommendedForAdoption"),
                m.ReportSymbol is null ? null : new XAttribute("as", XmlChars.Clean(m.ReportSymbol)), new XAttribute("by", ""),
                m.ReportParagraph is null ? null : new XAttribute("refersTo", XmlChars.Clean(m.ReportParagraph))));
        }

        if (adopted)
        {
            workflow.Add(own); // last, as the UN's files end: <step outcome="adopted" as="A/RES/75/100" by=""/>
        }

        var references = new XElement(N("references"), new XAttribute("source", "#resolutionDrafts"),
            Tlc("TLCOrganization", "resolutionDrafts", "/akn/ontology/organization/resolutionDrafts", "ResolutionDrafts"),
            Tlc("TLCOrganization", organ, "/akn/ontology/organization/un/" + organ, m.Body ?? organ),
            Tlc("TLCRole", "publisher", "/akn/ontology/role/un/publisher", "Publisher"),
            Tlc("TLCRole", "issuingBody", "/akn/ontology/role/un/issuingBody", "Issuing body"),
            Tlc("TLCConcept", "symbol", "/akn/ontology/reference/un/symbol", "Symbol"),
            Tlc("TLCConcept", "dateOfIssuance", "/akn/ontology/concept/un/dateOfIssuance", "Date of issuance"),
            Tlc("TLCTerm", "resolutionTitle", "/akn/ontology/reference/un/resolutionTitle", "Resolution title"));
        foreach (var (sponsor, i) in draft.Sponsors.Select((s, i) => (s, i + 1)))
        {
            references.Add(Tlc("TLCOrganization", $"sponsor_{i}", "/akn/ontology/organization/un/sponsor/" + Slug(sponsor.Name), sponsor.Name));
        }

        var analysis = adopted && m.Vote is { } vote ? Analysis(vote, references) : null;
        return new XElement(N("meta"),
            new XElement(N("identification"), new XAttribute("source", "#resolutionDrafts"),
                Frbr("FRBRWork", work + "/!main", work + "/", date, organ, "author",
                    new XElement(N("FRBRcountry"), new XAttribute("value", "un"))),
                Frbr("FRBRExpression", $"{work}/{language}@/!main", $"{work}/{language}@/", date, organ, "issuer",
                    new XElement(N("FRBRlanguage"), new XAttribute("language", language))),
                Frbr("FRBRManifestation", $"{work}/{language}@/!main.xml", $"{work}/{language}@.xml", date, "resolutionDrafts", "editor")),
            workflow,
            analysis,
            references);
    }

    /// <summary>
    /// An adopted text's voting record as the UN's files write it (ADR 0034, amendment 2): <c>&lt;analysis&gt;&lt;parliamentary&gt;&lt;voting
    /// outcome="adoptedRecordedVote"&gt;&lt;count value="175" refersTo="inFavour"&gt;&lt;akn4un:voters&gt;&lt;organization
    /// refersTo="memberState"&gt;AFGHANISTAN&lt;/organization&gt;…</c>, each position a TLC term in the references.
    /// </summary>
    private static XElement Analysis(VotingRecord vote, XElement references)
    {
        var voting = new XElement(N("voting"), new XAttribute("outcome", XmlChars.Clean(vote.Outcome)));
        foreach (var count in vote.Counts)
        {
            voting.Add(new XElement(N("count"),
                count.Count is { } n ? new XAttribute("value", n.ToString(CultureInfo.InvariantCulture)) : null,
                new XAttribute("refersTo", XmlChars.Clean(count.Position)),
                new XElement(Akn4Un + "voters", count.Voters.Select(v => new XElement(N("organization"), new XAttribute("refersTo", "memberState"), XmlChars.Clean(v))))));
        }

        foreach (var position in vote.Counts.Select(c => c.Position).Distinct(StringComparer.Ordinal).Where(p => p.Length > 0 && XmlChars.Clean(p) == p && System.Xml.XmlConvert.IsNCNameChar(p[0]) && p.All(System.Xml.XmlConvert.IsNCNameChar)))
        {
            references.Add(Tlc("TLCTerm", position, "/akn/ontology/concept/un/voting/" + position, position));
        }

        if (vote.Counts.Count > 0)
        {
            references.Add(Tlc("TLCTerm", "memberState", "/akn/ontology/organization/un/memberState", "Member State"));
        }

        return new XElement(N("analysis"), new XAttribute("source", "#un"), new XElement(N("parliamentary"), voting));
    }

    public static XElement CoverPage(Draft draft)
    {
        var m = draft.Metadata;
        var zh = DraftLanguage.IsChinese(draft.Language);
        var cover = new XElement(N("coverPage"), new XAttribute("eId", "coverPage_1"),
            new XElement(N("p"), new XElement(N("span"), new XAttribute("refersTo", "#publisher"), new XAttribute("class", "upperLeft"),
                new XElement(N("docAuthority"), new XAttribute("refersTo", "#publisher"), Organisation.Of(draft)))));

        void Add(string? value, Func<string, XElement> element)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                cover.Add(new XElement(N("p"), element(XmlChars.Clean(value))));
            }
        }

        if (m.Symbol is not null)
        {
            cover.Add(new XElement(N("p"), new XAttribute("class", "upperRight"),
                new XElement(N("docNumber"), new XAttribute("refersTo", "#symbol"), XmlChars.Clean(m.Symbol))));
        }

        if (m.Body is not null)
        {
            cover.Add(new XElement(N("p"), new XAttribute("class", "upperLeft"),
                new XElement(N("docAuthority"), new XAttribute("refersTo", "#issuingBody"), new XAttribute("class", "rightBig"), XmlChars.Clean(m.Body))));
        }

        Add(m.Distribution, v => new XElement(N("docStatus"), new XAttribute("refersTo", "#" + v.ToLowerInvariant() + "Distribution"), new XAttribute("class", "rightSmall"), UnLabels.Distribution(v)));
        Add(m.Date, v => new XElement(N("docDate"), new XAttribute("date", IsoDate(v) ?? "0001-01-01"), new XAttribute("class", "rightSmall"), new XAttribute("refersTo", "#dateOfIssuance"), v));
        Add(m.OriginalLanguage, v => new XElement(N("inline"), new XAttribute("refersTo", "#" + UnLabels.LanguageName(v).ToLowerInvariant()), new XAttribute("name", "originalLanguage"), UnLabels.Original(v)));
        Add(m.Committee, v => new XElement(N("docAuthority"), new XAttribute("refersTo", "#subsidiaryBody"), v));
        Add(m.Session, v => new XElement(N("session"), new XAttribute("refersTo", "#" + OrganId(m.Symbol)), new XAttribute("value", SessionNumber(v, m.Symbol)), v));
        // The UN's files mark the session's place and dates as an event; ours are one free text.
        Add(m.PlaceAndDates, v => new XElement(N("event"), new XAttribute("refersTo", "#session"), new XElement(N("inline"), new XAttribute("name", "placeAndDates"), v)));
        if (m.AgendaItem is { } agenda)
        {
            Add(agenda.Number, v => new XElement(N("inline"), new XAttribute("title", v), new XAttribute("name", "agenda item"), UnLabels.AgendaItem(v, zh)));
            Add(agenda.Title, v => new XElement(N("inline"), new XAttribute("name", "agenda item name"), v));
        }

        if (draft.Kind.IsAdopted())
        {
            // A Security Council resolution's head: "Resolution 2799 (2026)", then how it was adopted.
            // Any other adopted text's heading, with its date when it has one, as the UN's files write it (A/RES/76/10's cover
            // page: <docTitle>Resolution adopted by the General Assembly on 1 December 2021</docTitle>).
            var number = draft.Kind.IsDecision() ? null : SecurityCouncil.ResolutionHeading(m.Symbol, zh);
            var ownHeading = number is null && AdoptionHeading.IsHeading(m.AdoptionLine);
            // WHO's adopted text prints no such heading (ADR 0036, amendment 4): the file's statement name says it was adopted.
            Add(number ?? (ownHeading ? m.AdoptionLine : WorldHealthAssembly.Is(draft) ? null : UnLabels.Adopted(m.Body, zh, draft.Kind.IsDecision())), v => new XElement(N("docTitle"), v));
            Add(ownHeading ? null : m.AdoptionLine, v => new XElement(N("inline"), new XAttribute("name", "adoptionLine"), v));
            // Under the heading, as the UN's files hold it: <docProponent>[on the report of the … Committee (…)]</docProponent>.
            Add(m.CommitteeLine, v => new XElement(N("docProponent"), v));
        }

        return cover;
    }

    /// <summary>
    /// An adopted text's closing meeting and its date, as the UN's files end: <c>&lt;conclusions&gt;&lt;p&gt;&lt;inline
    /// name="adoptionMeeting"&gt;41st plenary meeting&lt;/inline&gt;&lt;eol/&gt;&lt;docDate …&gt;10 December 2020&lt;/docDate&gt;…</c>;
    /// null when it has none.
    /// </summary>
    /// <param name="part">A part before the last, which ends with its own meeting if it has one (ADR 0034, amendment 2); null for the draft's.</param>
    public static XElement? Conclusions(Draft draft, DraftPart? part = null)
    {
        var printedMeeting = PrintedMeeting.Of(draft, part);
        var lines = printedMeeting.Lines;
        var (line, meetingDate) = (lines.Single(l => !l.IsDate).Text, lines.Single(l => l.IsDate).Text);
        var printsVote = part is null && draft.Metadata is { VotePrinted: true, Vote: not null };
        if (!draft.Kind.IsAdopted() || (string.IsNullOrWhiteSpace(line) && string.IsNullOrWhiteSpace(meetingDate) && !printsVote))
        {
            return null;
        }

        var p = new XElement(N("p"));
        var meeting = string.IsNullOrWhiteSpace(line) ? null : new XElement(N("inline"), new XAttribute("name", "adoptionMeeting"), XmlChars.Clean(line));
        var dated = string.IsNullOrWhiteSpace(meetingDate) ? null
            : new XElement(N("docDate"), new XAttribute("date", IsoDate(meetingDate) ?? "0001-01-01"), new XAttribute("refersTo", "#adoptionDate"), XmlChars.Clean(meetingDate));

        // In the order the text prints them: the date first in the older Chinese Official Records (ADR 0034, amendment 3).
        foreach (var element in lines.Select(l => l.IsDate ? dated : meeting))
        {
            if (element is null)
            {
                continue;
            }

            if (p.HasElements)
            {
                // On one line as WHO prints it, "Eighth plenary meeting, 1 June 2024" (ADR 0036, amendment 5); else a line each.
                p.Add(printedMeeting.Joiner is { } joiner ? joiner.Length > 0 ? new XText(joiner) : null : new XElement(N("eol")));
            }

            p.Add(element);
        }

        var conclusions = new XElement(N("conclusions"), new XAttribute("eId", "conclusions"), p.HasElements ? p : null);
        if (printsVote && draft.Metadata.Vote is { } vote)
        {
            // Printed under the meeting as the Human Rights Council prints it and its files mark it (A/HRC/RES/55/2: <vote
            // as="#author"><outcome refersTo="#adoptedWithoutVote">[Adopted without a vote.]</outcome></vote>); ADR 0034, amendment 3.
            var outcome = new XElement(N("outcome"), new XAttribute("refersTo", "#" + vote.Outcome));
            foreach (var printed in vote.Printed(DraftLanguage.IsChinese(draft.Language)))
            {
                if (outcome.Nodes().Any())
                {
                    outcome.Add(new XElement(N("eol")));
                }

                outcome.Add(XmlChars.Clean(printed));
            }

            conclusions.Add(new XElement(N("p"), new XElement(N("vote"), new XAttribute("by", "#author"), new XAttribute("as", "#author"), outcome)));
        }

        return conclusions;
    }

    public static XElement Preface(Draft draft)
    {
        var preface = new XElement(N("preface"));
        var sponsorsLine = SponsorsLine.Format(draft) is { } sponsors
            // As in the UN's draft resolutions: the sponsors line is a docTitle referring to "sponsors".
            ? new XElement(N("p"), new XElement(N("docTitle"), new XAttribute("refersTo", "sponsors"), XmlChars.Clean(sponsors)))
            : null;
        var underTitle = SponsorsLine.UnderTitle(draft); // WHO's "Draft resolution proposed by …", after the title (ADR 0036, amendment 4)
        preface.Add(underTitle ? null : sponsorsLine);
        if (draft.Title.Length > 0)
        {
            preface.Add(new XElement(N("p"), new XElement(N("docTitle"), new XAttribute("refersTo", "#resolutionTitle"),
                new XElement(N("span"), new XAttribute("class", "bold"), XmlChars.Clean(draft.Title)))));
        }

        preface.Add(underTitle ? sponsorsLine : null);
        return preface;
    }

    /// <summary>"7 October 2025" or "2017年11月9日" as 2025-10-07; null when the text is not a date.</summary>
    public static string? IsoDate(string? text) => IssueDates.Parse(text)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"ga" for A/..., "sc" for S/..., "hrc" for A/HRC/..., as the UN's files name the organ.</summary>
    private static string OrganId(string? symbol)
    {
        var parts = (symbol ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts switch
        {
            ["A", "HRC", ..] => "hrc",
            ["A", ..] => "ga",
            ["S", ..] => "sc",
            ["E", ..] => "ecosoc",
            [var first, ..] => Slug(first),
            _ => "un",
        };
    }

    private static string SessionNumber(string session, string? symbol)
    {
        var digits = Digits().Match(session);
        if (digits.Success)
        {
            return digits.Value;
        }

        var fromSymbol = (symbol ?? "").Split('/').FirstOrDefault(p => p.Length > 0 && p.All(char.IsAsciiDigit));
        return fromSymbol ?? session;
    }

    private static string Slug(string? text)
    {
        var slug = new string((text ?? "").ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
        return slug.Length == 0 ? "draft" : slug;
    }

    private static XElement Tlc(string element, string eId, string href, string showAs) =>
        new(N(element), new XAttribute("eId", eId), new XAttribute("href", href), new XAttribute("showAs", XmlChars.Clean(showAs)));

    private static XElement Frbr(string element, string @this, string uri, string date, string author, string role, XElement? extra = null) =>
        new(N(element),
            new XElement(N("FRBRthis"), new XAttribute("value", @this)),
            new XElement(N("FRBRuri"), new XAttribute("value", uri)),
            new XElement(N("FRBRdate"), new XAttribute("date", date), new XAttribute("name", "issuance")),
            new XElement(N("FRBRauthor"), new XAttribute("href", "#" + author), new XAttribute("as", role)),
            extra);
}
