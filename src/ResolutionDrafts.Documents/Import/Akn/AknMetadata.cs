using System.Text.RegularExpressions;
using System.Xml.Linq;
using ResolutionDrafts.Documents.Import.Text;
using ResolutionDrafts.Documents.Sponsors;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Import.Akn;

/// <summary>
/// The masthead, kind, title and sponsors of an AKN document: cover page and preface first, then
/// the meta block (workflow steps, TLC references, classification keywords) for what they lack.
/// </summary>
internal static partial class AknMetadata
{
    [GeneratedRegex(@"^(?:Agenda items?|(?:临时)?议程项目)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex AgendaPrefix();

    [GeneratedRegex(@"^Distr\.?\s*:?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex DistrPrefix();

    [GeneratedRegex(@"^\d{1,3}/\d{1,4}(?:\s*[A-Z])?\s*\.\s*")]
    private static partial Regex ResolutionNumber();

    /// <summary>"75/269." as the preface prints an adopted resolution's number.</summary>
    [GeneratedRegex(@"^\s*(\d{1,3}/\d{1,4})\s*\.?\s*$")]
    private static partial Regex PrintedNumber();

    /// <summary>"/akn/un/statement/deliberation/unga/2021-03-25/75-269/…": the work's number in its identifier.</summary>
    [GeneratedRegex(@"/(\d{1,3})-(\d{1,4})[A-Z]?(?:[-_][A-Z])*/")]
    private static partial Regex WorkNumber();

    [GeneratedRegex(@"^(A/RES/)(\d{1,3}/\d{1,4})(?=\D|$)")]
    private static partial Regex SymbolNumber();

    public static string? Language(XElement document)
    {
        var code = document.Descendants().FirstOrDefault(e => e.Name.LocalName == "FRBRlanguage")?.Attribute("language")?.Value;
        return code switch
        {
            "eng" or "en" => DraftLanguage.English,
            "zho" or "chi" or "zh" => DraftLanguage.Chinese,
            "fra" or "fre" or "fr" => "fr",
            "spa" or "es" => "es",
            "rus" or "ru" => "ru",
            "ara" or "ar" => "ar",
            _ => null,
        };
    }

    public static void Read(XElement document, AknText text, ParsedDocument doc)
    {
        var front = document.Elements().Where(e => e.Name.LocalName is "coverPage" or "preface").SelectMany(e => e.Descendants()).ToList();
        var meta = AknImporter.Child(document, "meta");
        var tlc = meta?.Descendants().Where(e => e.Name.LocalName.StartsWith("TLC", StringComparison.Ordinal) && e.Attribute("eId") is not null)
            .GroupBy(e => e.Attribute("eId")!.Value).ToDictionary(g => g.Key, g => g.First()) ?? [];

        string? Find(string name, string? refersTo = null) =>
            front.FirstOrDefault(e => e.Name.LocalName == name && (refersTo is null || (string?)e.Attribute("refersTo") == refersTo)) is { } el
                ? Blank(text.Of(el))
                : null;

        var symbol = Find("docNumber", "#symbol") ?? front.Where(e => e.Name.LocalName == "docNumber").Select(e => text.Of(e)).FirstOrDefault(s => s.Contains('/', StringComparison.Ordinal));
        symbol = CheckedSymbol(symbol, front, meta, text, doc.Warnings);
        var agenda = front.FirstOrDefault(e => e.Name.LocalName == "inline" && (string?)e.Attribute("name") == "agenda item");
        var agendaNumber = agenda is null ? null : Blank((string?)agenda.Attribute("title")) ?? Blank(AgendaPrefix().Replace(text.Of(agenda), ""));
        var agendaTitle = front.FirstOrDefault(e => e.Name.LocalName == "inline" && (string?)e.Attribute("name") == "agenda item name");
        var original = front.FirstOrDefault(e => e.Name.LocalName == "inline" && (string?)e.Attribute("name") == "originalLanguage");
        var committee = Find("docAuthority", "#subsidiaryBody") ?? CommitteeOf(front, tlc);

        doc.Kind = KindOf(document, meta);
        var sponsorsLine = front.FirstOrDefault(e => e.Name.LocalName is "docTitle" or "docProponent" && KindPhrase.Match(text.Of(e), DraftLanguage.IsChinese(doc.Language)) is not null);
        string? amends = null;
        if (sponsorsLine is not null)
        {
            var match = KindPhrase.Match(text.Of(sponsorsLine), DraftLanguage.IsChinese(doc.Language))!;
            doc.Kind = doc.Kind.IsAdopted() ? doc.Kind : KindPhrase.KindOf(match);
            amends = match.Groups["target"].Success ? match.Groups["target"].Value : null;
            if (match.Groups["by"].Success)
            {
                doc.SubmittedBy = match.Groups["by"].Value.Trim().TrimEnd('.', '。');
            }
            else
            {
                doc.Sponsors.AddRange(SponsorListReader.Read(match.Groups["names"].Value, doc.Language, additional: false, doc.Warnings));
            }
        }
        else
        {
            ReadSponsorsFromMeta(meta, front, tlc, doc);
        }

        if (doc.Kind is DocumentKind.DraftResolution or DocumentKind.DraftDecision && KindPhrase.RevisionOf(symbol) is not null)
        {
            doc.Kind = doc.Kind.Revised();
        }

        doc.Revision = doc.Kind.IsRevised() ? KindPhrase.RevisionOf(symbol) ?? 1 : null;
        var (adoptionLine, adoptionElement) = AdoptionLineOf(front, text);
        var councilNumber = front.FirstOrDefault(e => e.Name.LocalName is "docTitle" or "docNumber" && Text.FrontMatterPatterns.CouncilNumber().IsMatch(text.Of(e).Trim()));
        if (councilNumber is not null || adoptionLine is not null)
        {
            // "Resolution 2799 (2026)" / "Adopted by the Security Council at its 9912th meeting, …" say the text was adopted,
            // whatever the file calls its document.
            doc.Kind = doc.Kind.IsAdopted() ? doc.Kind
                : adoptionLine is not null && Text.FrontMatterPatterns.AdoptsDecision(adoptionLine) ? DocumentKind.AdoptedDecision : DocumentKind.AdoptedResolution;
        }

        symbol ??= councilNumber is null ? null : CouncilSymbol(text.Of(councilNumber));
        var title = front.FirstOrDefault(e => e.Name.LocalName == "docTitle" && e != sponsorsLine && e != councilNumber && e != adoptionElement
                                              && !e.Ancestors().Contains(adoptionElement) && e.Ancestors().Any(a => a.Name.LocalName == "preface"));
        doc.Title = title is not null
            ? ResolutionNumber().Replace(text.Of(title), "")
            : meta?.Descendants().FirstOrDefault(e => e.Name.LocalName == "keyword" && (string?)e.Attribute("refersTo") == "title") is { } keyword
                ? (string?)keyword.Attribute("showAs") ?? (string?)keyword.Attribute("value") ?? ""
                : "";
        doc.Metadata = new DraftMetadata
        {
            Symbol = symbol,
            Body = Find("docAuthority", "#issuingBody"),
            Committee = committee,
            Session = Find("session"),
            PlaceAndDates = PlaceAndDates(front, text),
            AgendaItem = agendaNumber is null ? null : new AgendaItem(agendaNumber, agendaTitle is null ? "" : text.Of(agendaTitle)),
            Distribution = Find("docStatus") is { } status ? Blank(DistrPrefix().Replace(status, "")) : null,
            Date = Find("docDate", "#dateOfIssuance") ?? Find("docDate"),
            OriginalLanguage = original is null ? null : Text.FrontMatterPatterns.LanguageCode(text.Of(original).Split(':').Last().Trim()),
            AmendsSymbol = amends,
            SubmittedBy = doc.SubmittedBy,
            AdoptionLine = adoptionLine,
        };
        if (doc.Kind.IsAdopted())
        {
            var (meeting, date) = MeetingOf(document, text);
            doc.Metadata = doc.Metadata with
            {
                CommitteeLine = CommitteeLineOf(front, text, adoptionElement), MeetingLine = meeting, MeetingDate = date, DraftSymbol = DraftSymbolOf(meta),
                MeetingDateFirst = MeetingDateFirst(document),
                DraftDate = StepDate(meta, "draftResolution", "revisedDraftResolution", "draftDecision", "revisedDraftDecision"),
                ReportDate = StepDate(meta, "recommendedForAdoption"),
                ReportSymbol = StepAttribute(meta, "recommendedForAdoption", "as"),
                ReportParagraph = StepAttribute(meta, "recommendedForAdoption", "refersTo"),
                MeetingRecord = AdoptedStep(meta)?.Attribute("as")?.Value is { } record && MeetingRecords.Is(record) ? record.Trim() : null,
                AdoptionPhrase = AdoptionPhraseOf(meta, doc.Metadata.Symbol),
            };
            var printed = PrintedVoteOf(document, text, DraftLanguage.IsChinese(doc.Language));
            doc.Metadata = doc.Metadata with { Vote = VoteOf(meta) ?? printed, VotePrinted = printed is not null };
        }
    }

    /// <summary>
    /// How the text was voted on, as the UN's files record it in <c>meta/analysis/parliamentary/voting</c>: its outcome
    /// ("adoptedWithoutVote", "adoptedRecordedVote", or a phrase), and each <c>count</c> with its position (<c>refersTo</c>
    /// "inFavour", "against", "abstaining"), its value and the States its <c>akn4un:voters</c> name. Kept as given (ADR 0034,
    /// amendment 2); null when the file has no outcome.
    /// </summary>
    private static VotingRecord? VoteOf(XElement? meta)
    {
        var voting = meta?.Descendants().FirstOrDefault(e => e.Name.LocalName == "voting");
        if (voting is null || Blank((string?)voting.Attribute("outcome")) is not { } outcome)
        {
            return null;
        }

        var counts = voting.Elements().Where(e => e.Name.LocalName == "count").Select(c => new VoteCount(
            ((string?)c.Attribute("refersTo"))?.Trim().TrimStart('#') ?? "",
            int.TryParse(((string?)c.Attribute("value"))?.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null,
            c.Descendants().Where(d => d.Name.LocalName is "organization" or "person")
                .Select(d => Text.FrontMatterPatterns.Spaces().Replace(d.Value, " ").Trim()).Where(v => v.Length > 0).ToList())).ToList();
        return new VotingRecord(outcome, counts);
    }

    /// <summary>
    /// The symbol of the draft an adopted text was adopted from, as the workflow's draft step gives it (A/RES/75/100:
    /// <c>&lt;step outcome="draftResolution" as="A/C.4/75/L.6" …/&gt;</c>, also "A/75/L.59 (as amended in A/75/L.60)"): the last
    /// draft step before the "adopted" one that names one (a revised draft's, when both are there). ADR 0034, amendment 2.
    /// </summary>
    private static string? DraftSymbolOf(XElement? meta) =>
        meta?.Descendants().Where(e => e.Name.LocalName == "step").TakeWhile(e => (string?)e.Attribute("outcome") != "adopted")
            .Where(e => (string?)e.Attribute("outcome") is "draftResolution" or "revisedDraftResolution" or "draftDecision" or "revisedDraftDecision")
            .Select(e => Blank((string?)e.Attribute("as"))).LastOrDefault(s => s is not null);

    /// <summary>
    /// An adopted General Assembly resolution's bracketed line under its heading, as printed: the UN's files hold it in a
    /// cover-page <c>docProponent</c> ("[on the report of the Special Political and Decolonization Committee (Fourth Committee)
    /// (&lt;inline name="originating document"&gt;A/75/414, para. 8&lt;/inline&gt;)]"), as this app's export does; else any other
    /// front element that is such a line.
    /// </summary>
    private static string? CommitteeLineOf(List<XElement> front, AknText text, XElement? adoptionElement)
    {
        string Line(XElement e) => Text.FrontMatterPatterns.Spaces().Replace(text.Of(e), " ").Trim();
        var line = front.Where(e => e.Name.LocalName == "docProponent").Concat(front.Where(e => e.Name.LocalName is "p" or "inline" or "docIntroducer" or "docStage"))
            .Where(e => e != adoptionElement)
            .Select(Line).FirstOrDefault(l => l.Length is > 2 and < 300 && Text.FrontMatterPatterns.Bracketed().IsMatch(l));
        return line;
    }

    /// <summary>
    /// The meeting an adopted resolution closes with and its date, from the <c>conclusions</c> the UN's files end with:
    /// <c>&lt;inline name="adoptionMeeting"&gt;41st plenary meeting&lt;/inline&gt;&lt;eol/&gt;&lt;docDate …&gt;10 December 2020&lt;/docDate&gt;</c>.
    /// A resolution in parts has one a part, the same each time: the last is taken.
    /// </summary>
    /// <summary>
    /// An attribute of the last workflow step before the "adopted" one with <paramref name="outcome"/> that gives it: the report's
    /// symbol (<c>as="A/75/414"</c>) and paragraph (<c>refersTo="8"</c>) of <c>recommendedForAdoption</c> (ADR 0034, amendment 4).
    /// </summary>
    private static string? StepAttribute(XElement? meta, string outcome, string attribute) =>
        meta?.Descendants().Where(e => e.Name.LocalName == "step").TakeWhile(e => (string?)e.Attribute("outcome") != "adopted")
            .Where(e => (string?)e.Attribute("outcome") == outcome)
            .Select(e => Blank((string?)e.Attribute(attribute))?.TrimStart('#'))
            .LastOrDefault(v => v is not null);

    /// <summary>The workflow's "adopted" step, whose <c>as</c> the UN's files give the meeting's record ("A/75/PV.41").</summary>
    /// <summary>
    /// The <c>adopted</c> step's <c>as</c> when it is a phrase, not a record: "Adopted without vote, 90th plenary meeting" (ADR
    /// 0034, amendment 7). Not a meeting record's symbol, and not the text's own symbol (our AKN wrote that there before the
    /// phrase was kept, and still does when neither a record nor a phrase is known).
    /// </summary>
    private static string? AdoptionPhraseOf(XElement? meta, string? symbol) =>
        AdoptedStep(meta)?.Attribute("as")?.Value.Trim() is { Length: > 0 } phrase && !MeetingRecords.Is(phrase)
        && !string.Equals(phrase, symbol?.Trim(), StringComparison.OrdinalIgnoreCase)
            ? phrase
            : null;

    private static XElement? AdoptedStep(XElement? meta) =>
        meta?.Descendants().FirstOrDefault(e => e.Name.LocalName == "step" && (string?)e.Attribute("outcome") == "adopted");

    /// <summary>
    /// The date of the last workflow step before the "adopted" one with one of <paramref name="outcomes"/> that names one: the
    /// draft's ("2020-10-28"), the report's (ADR 0034, amendment 3). The UN's "0001-01-01" says it is not known: null.
    /// </summary>
    private static string? StepDate(XElement? meta, params string[] outcomes) =>
        meta?.Descendants().Where(e => e.Name.LocalName == "step").TakeWhile(e => (string?)e.Attribute("outcome") != "adopted")
            .Where(e => outcomes.Contains((string?)e.Attribute("outcome")))
            .Select(e => IsoDate.TryParse((string?)e.Attribute("date"), out var day) ? day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null)
            .LastOrDefault(d => d is not null);

    /// <summary>
    /// The vote a text prints under its meeting, as the Human Rights Council's files mark it in their <c>conclusions</c>
    /// (<c>&lt;vote&gt;&lt;outcome refersTo="#adoptedWithoutVote"&gt;[Adopted without a vote.]&lt;/outcome&gt;&lt;/vote&gt;</c>), read as
    /// the text form is (ADR 0034, amendment 3); null when there is none or it does not read as a vote.
    /// </summary>
    private static VotingRecord? PrintedVoteOf(XElement document, AknText text, bool chinese)
    {
        var outcome = (document.Document?.Root ?? document).Descendants().Where(e => e.Name.LocalName == "conclusions")
            .SelectMany(c => c.Descendants()).LastOrDefault(e => e.Name.LocalName == "outcome" && e.Parent?.Name.LocalName == "vote");
        return outcome is null ? null : Text.PrintedVote.Read([text.Of(outcome)], chinese);
    }

    /// <summary>
    /// True when the closing meeting's <c>docDate</c> comes before its <c>adoptionMeeting</c>, as a text printed in the older
    /// order writes them (ADR 0034, amendment 3).
    /// </summary>
    private static bool MeetingDateFirst(XElement document)
    {
        var conclusions = (document.Document?.Root ?? document).Descendants().LastOrDefault(e => e.Name.LocalName == "conclusions" && e.Descendants().Any(IsMeeting));
        var marks = conclusions?.Descendants().Where(d => d.Name.LocalName == "docDate" || IsMeeting(d)).ToList();
        return marks is { Count: >= 2 } && marks[0].Name.LocalName == "docDate";
    }

    /// <summary>
    /// The closing meeting's element: the General Assembly's <c>&lt;inline name="adoptionMeeting"&gt;</c>, or the Human Rights
    /// Council's <c>&lt;location refersTo="#adoptionMeeting"&gt;53rd meeting&lt;/location&gt;</c> (A/HRC/RES/55/2; ADR 0034, amendment 3).
    /// </summary>
    private static bool IsMeeting(XElement e) =>
        (e.Name.LocalName == "inline" && (string?)e.Attribute("name") == "adoptionMeeting")
        || (e.Name.LocalName == "location" && (string?)e.Attribute("refersTo") == "#adoptionMeeting");

    public static (string? Meeting, string? Date) MeetingOf(XElement document, AknText text, bool inside = false)
    {
        // A collection's parts are components beside it, each with its conclusions; one part's are inside it.
        var conclusions = (inside ? document : document.Document?.Root ?? document).Descendants().LastOrDefault(e => e.Name.LocalName == "conclusions"
            && e.Descendants().Any(IsMeeting));
        if (conclusions is null)
        {
            return (null, null);
        }

        string? Line(XElement? e) => e is null ? null : Blank(Text.FrontMatterPatterns.Spaces().Replace(text.Of(e), " "));
        return (Line(conclusions.Descendants().First(IsMeeting)),
            Line(conclusions.Descendants().FirstOrDefault(d => d.Name.LocalName == "docDate")));
    }

    /// <summary>
    /// How the text says it was adopted: this app's <c>inline name="adoptionLine"</c>; else, as the UN's files print it, the
    /// cover page's heading with its date (A/RES/76/10: <c>&lt;docTitle&gt;Resolution adopted by the General Assembly on 1 December
    /// 2021&lt;/docTitle&gt;</c>, "2021年12月1日大会决议"), or the Security Council's line under its number in whatever element holds it
    /// ("Adopted by the Security Council at its 9912th meeting, on 14 May 2026", its date perhaps a <c>docDate</c> inside). With the
    /// element that holds it, which is then no title.
    /// </summary>
    private static (string? Line, XElement? Element) AdoptionLineOf(List<XElement> front, AknText text)
    {
        if (front.FirstOrDefault(e => e.Name.LocalName == "inline" && (string?)e.Attribute("name") == "adoptionLine") is { } own)
        {
            return (Blank(text.Of(own)), own);
        }

        foreach (var element in front.Where(e => e.Name.LocalName is "docTitle" or "docProponent" or "docIntroducer" or "docStage" or "p" or "inline"))
        {
            var line = Text.FrontMatterPatterns.Spaces().Replace(text.Of(element), " ").Trim();
            if (line.Length is > 0 and < 200
                && ((Text.FrontMatterPatterns.Adoption().IsMatch(line) && Text.FrontMatterPatterns.HasDate().IsMatch(line))
                    || (Text.FrontMatterPatterns.NumberedAdoption().IsMatch(line) && !Text.FrontMatterPatterns.CouncilNumber().IsMatch(line))))
            {
                return (line, element);
            }
        }

        return (null, null);
    }

    /// <summary>"S/RES/2799 (2026)" from "Resolution 2799 (2026)" / "第2799(2026)号决议".</summary>
    private static string? CouncilSymbol(string heading) =>
        Text.FrontMatterPatterns.CouncilNumber().Match(heading.Trim()) is { Success: true } m ? $"S/RES/{m.Groups["n"].Value} ({m.Groups["y"].Value})" : null;

    /// <summary>
    /// The kind the document's name says (statement@name or doc@name: "resolution", "decision", "draftDecision", an
    /// amendment's), else what its FRBR work or workflow says of a decision (".../statement/decision/...",
    /// outcome="draftDecision"); a draft resolution when nothing says otherwise. The sponsors line, if any, decides later.
    /// </summary>
    private static DocumentKind KindOf(XElement document, XElement? meta)
    {
        var name = ((string?)document.Attribute("name"))?.ToLowerInvariant() ?? "";
        var frbr = (string?)meta?.Descendants().FirstOrDefault(e => e.Name.LocalName == "FRBRthis")?.Attribute("value") ?? "";
        var outcome = (string?)meta?.Descendants().FirstOrDefault(e => e.Name.LocalName == "step")?.Attribute("outcome") ?? "";
        var decision = name.Contains("decision", StringComparison.Ordinal) || frbr.Contains("/decision/", StringComparison.OrdinalIgnoreCase)
            || outcome.Contains("decision", StringComparison.OrdinalIgnoreCase);
        return name switch
        {
            "resolution" => DocumentKind.AdoptedResolution,
            "decision" => DocumentKind.AdoptedDecision,
            _ when name.Contains("amendment", StringComparison.Ordinal) => DocumentKind.Amendment,
            _ when name.Contains("revised", StringComparison.Ordinal) => decision ? DocumentKind.RevisedDraftDecision : DocumentKind.RevisedDraftResolution,
            _ => decision ? DocumentKind.DraftDecision : DocumentKind.DraftResolution,
        };
    }

    /// <summary>
    /// An adopted resolution's symbol whose number disagrees with both the number printed over its title ("75/269.")
    /// and its work identifier ("…/75-269/") is a slip of the file (75/269 in Chinese names A/RES/75/268): the two
    /// that agree are taken, with a warning. Otherwise the symbol is as written.
    /// </summary>
    private static string? CheckedSymbol(string? symbol, List<XElement> front, XElement? meta, AknText text, List<string> warnings)
    {
        if (symbol is null || SymbolNumber().Match(symbol) is not { Success: true } written)
        {
            return symbol;
        }

        var printed = front.Where(e => e.Name.LocalName == "docNumber" && (string?)e.Attribute("refersTo") != "#symbol")
            .Select(e => PrintedNumber().Match(text.Of(e))).FirstOrDefault(m => m.Success)?.Groups[1].Value;
        var work = meta?.Descendants().FirstOrDefault(e => e.Name.LocalName == "FRBRthis" && e.Parent?.Name.LocalName == "FRBRWork")?.Attribute("value")?.Value;
        var fromWork = work is not null && WorkNumber().Match(work) is { Success: true } w ? $"{w.Groups[1].Value}/{w.Groups[2].Value}" : null;
        if (printed is null || printed != fromWork || printed == written.Groups[2].Value)
        {
            return symbol;
        }

        var corrected = written.Groups[1].Value + printed + symbol[written.Length..];
        warnings.Add($"The file's symbol {symbol} disagrees with the resolution number it prints ({printed}.) and its identifier; it was read as {corrected}.");
        return corrected;
    }

    private static void ReadSponsorsFromMeta(XElement? meta, List<XElement> front, Dictionary<string, XElement> tlc, ParsedDocument doc)
    {
        foreach (var step in meta?.Descendants().Where(e => e.Name.LocalName == "step") ?? [])
        {
            var outcome = (string?)step.Attribute("outcome");
            var by = ((string?)step.Attribute("by"))?.Trim();
            if (string.IsNullOrEmpty(by) || outcome is not ("draftResolution" or "draftResolutionAdditionalSponsors" or "revisedDraftResolution"
                or "draftDecision" or "draftDecisionAdditionalSponsors" or "revisedDraftDecision" or "adopted"))
            {
                continue;
            }

            if (KindPhrase.Submitter(by) is { } submitter)
            {
                // "submitted by the Chair of the Committee following informal consultations": nobody to list as a sponsor.
                // The UN's Chinese files give these words in English: a Chinese draft keeps them only when they are
                // Chinese (this app's export writes "submitted by 委员会主席……"), else nothing rather than English.
                if (submitter.Length > 0 && (!DraftLanguage.IsChinese(doc.Language) || submitter.Any(Text.TextChars.IsCjk)))
                {
                    doc.SubmittedBy ??= submitter;
                }

                continue;
            }

            if (outcome == "adopted" && doc.Sponsors.Count > 0)
            {
                continue; // the draft's steps named them; the UN's files leave this one's "by" empty
            }

            // An adopted text's sponsors: the draft's step, as the UN's files name them (by="Australia, Austria, … and …" on the
            // draftResolution step before the "adopted" one; this app's export writes them so too). This app's exports before
            // ADR 0034 amendment 1 named them on the "adopted" step alone: read there when no step before named any.

            // The UN's workflow names are English whatever the document's language; keep them in the draft's language. This
            // app's export of a Chinese text names them in Chinese ("澳大利亚、奥地利……和……"): read as Chinese.
            var read = SponsorListReader.Read(by, by.Any(Text.TextChars.IsCjk) ? DraftLanguage.Chinese : DraftLanguage.English, outcome.EndsWith("AdditionalSponsors", StringComparison.Ordinal), doc.Warnings);
            doc.Sponsors.AddRange(read.Select(s => s with { Name = MemberStates.NameIn(s.Name, doc.Language) }));
        }

        if (doc.Sponsors.Count > 0)
        {
            return;
        }

        foreach (var proponent in front.Where(e => e.Name.LocalName == "docProponent"))
        {
            var reference = ((string?)proponent.Attribute("refersTo"))?.TrimStart('#');
            if (reference is not null && tlc.TryGetValue(reference, out var entry) && entry.Name.LocalName is "TLCOrganization" or "TLCPerson"
                && (string?)entry.Attribute("showAs") is { Length: > 0 } name)
            {
                doc.Sponsors.Add(new Sponsor(MemberStates.NameIn(name, doc.Language)));
            }
        }
    }

    private static string? CommitteeOf(List<XElement> front, Dictionary<string, XElement> tlc)
    {
        var reference = front.FirstOrDefault(e => e.Name.LocalName == "docProponent")?.Attribute("refersTo")?.Value.TrimStart('#');
        return reference is not null && tlc.TryGetValue(reference, out var entry) && (string?)entry.Attribute("showAs") is { } name
            && name.Contains("Committee", StringComparison.Ordinal) ? name : null;
    }

    private static string? PlaceAndDates(List<XElement> front, AknText text)
    {
        var session = front.FirstOrDefault(e => e.Name.LocalName == "event" && (string?)e.Attribute("refersTo") == "#session");
        if (session is null)
        {
            return null;
        }

        var parts = session.Elements().Select(e => text.Of(e)).Where(s => s.Length > 0).ToList();
        return parts.Count == 0 ? null : string.Join("–", parts);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
