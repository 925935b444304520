using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using ResolutionDrafts.Documents.Import;
using Xunit.Abstractions;

namespace ResolutionDrafts.Documents.Tests.Import.Corpus;

/// <summary>
/// Every adopted General Assembly resolution of sessions 75 and 76, English and Chinese
/// (../shared/fixtures/corpus/ga, the UN's own AKN), imported from its AKN and then from the same
/// text as a delegate may have it: plain text one paragraph a line (LF; CRLF with blank lines
/// between; some lines indented), a plain Word file, and a Word file holding the text as copied
/// from a PDF (footnote numbers as plain digits, the notes typed after a rule). Each form must give the AKN's structure and words.
/// </summary>
public sealed partial class CorpusTests(ITestOutputHelper output)
{
    /// <summary>
    /// The share of the corpus whose forms all agree. The issue's target is 100 % and at least 99 %;
    /// this is the floor reached so far, raised as the importer learns (see the failures printed).
    /// </summary>
    private const double PassRateFloor = 1.0;

    private static readonly (string Name, Func<Domain.Drafts.Draft, byte[]> Render)[] Forms =
    [
        ("text", d => PlainTextRendering.Render(d, "\n", blankLines: false)),
        ("text-crlf-blank", d => PlainTextRendering.Render(d, "\r\n", blankLines: true)),
        ("text-stray-indent", d => PlainTextRendering.Render(d, "\n", blankLines: false, strayIndent: true)),
        ("docx", PlainDocxRendering.Render),
        ("docx-typed-notes", PlainDocxRendering.RenderWithTypedNotes),
    ];

    [Fact]
    public void Corpus_EveryFormOfEveryResolution_ImportsToTheAknStructureAndWords()
    {
        var files = CorpusFiles();
        Assert.True(files.Count >= 1281, $"the corpus has {files.Count} files; expected 1,281 (see ../shared/fixtures/corpus/SOURCES.md)");
        var failures = new List<string>();
        var times = new Dictionary<string, List<double>>();
        var watch = Stopwatch.StartNew();
        foreach (var file in files)
        {
            if (Check(file, times) is { } failure)
            {
                failures.Add($"{Path.GetFileName(Path.GetDirectoryName(file))}/{Path.GetFileName(file)}: {failure}");
            }
        }

        var rate = 1 - (double)failures.Count / files.Count;
        output.WriteLine($"{files.Count - failures.Count} of {files.Count} pass ({rate:P1}) in {watch.Elapsed.TotalSeconds:F1} s; failures:");
        foreach (var failure in failures)
        {
            output.WriteLine(failure);
        }

        File.WriteAllLines(Path.Combine(AppContext.BaseDirectory, "corpus-failures.txt"), failures);
        output.WriteLine("Import times in this process (first files include JIT; docs/benchmarks.md):");
        foreach (var (form, list) in times)
        {
            list.Sort();
            output.WriteLine($"{form}: {list.Count} files, total {list.Sum() / 1000:F2} s, p50 {list[list.Count / 2]:F2} ms, p99 {list[(int)(list.Count * 0.99)]:F2} ms, max {list[^1]:F2} ms");
        }

        Assert.True(rate >= PassRateFloor, $"pass rate {rate:P1} is below the floor {PassRateFloor:P1}; {failures.Count} failures, first: {failures.FirstOrDefault()}");
    }

    /// <summary>
    /// ADR 0034, amendment 7: every adopted step of the corpus that gives a phrase in place of a meeting record ("Adopted without
    /// vote, 90th plenary meeting"; 36 files when this was written) keeps it, and our AKN gives it back: n of n.
    /// </summary>
    [Fact]
    public void Corpus_EveryAdoptionStepsPhrase_IsKept_AndComesBackFromOurAkn()
    {
        var phrases = CorpusFiles().Select(f => (File: f, Xml: File.ReadAllText(f))).Where(f => AdoptionPhraseOf(f.Xml) is not null).ToList();
        var kept = phrases.Count(f =>
        {
            var akn = DraftImporter.Import(Encoding.UTF8.GetBytes(f.Xml));
            return akn.IsSuccess && akn.Draft!.Metadata.AdoptionPhrase == AdoptionPhraseOf(f.Xml)
                && DraftImporter.Import(ResolutionDrafts.Documents.Export.AknExporter.ExportBytes(akn.Draft)).Draft?.Metadata.AdoptionPhrase == AdoptionPhraseOf(f.Xml);
        });

        output.WriteLine($"{kept} of {phrases.Count} adoption steps' phrases kept and given back");
        Assert.True(phrases.Count >= 36, $"the corpus has {phrases.Count} adopted steps with a phrase; expected 36");
        Assert.Equal(phrases.Count, kept);
    }

    /// <summary>Null when every form agrees with the AKN import, else what went wrong first.</summary>
    private static string? Check(string file, Dictionary<string, List<double>> times)
    {
        var bytes = File.ReadAllBytes(file);
        var akn = Timed("akn", bytes, times);
        if (OtherLanguage().Match(Encoding.UTF8.GetString(bytes)) is { Success: true } other && !akn.IsSuccess)
        {
            // The corpus holds a French file among the English ones (75_274_F.xml): it must be refused, naming its language
            // (a Chinese file labelled Spanish, 75_274_C.xml, is read by its text).
            return akn.Error?.StartsWith($"the document is in {other.Groups[1].Value switch { "fra" => "French", "spa" => "Spanish", "rus" => "Russian", _ => "Arabic" }};", StringComparison.Ordinal) == true
                ? null
                : "akn: a document in another language was not refused: " + (akn.Error ?? "imported");
        }

        if (!akn.IsSuccess)
        {
            return "akn: " + akn.Error;
        }

        // The file's own committee line and meeting: read from the AKN, or nothing is compared below.
        var xml = Encoding.UTF8.GetString(bytes);
        if (xml.Contains("name=\"adoptionMeeting\"", StringComparison.Ordinal) && (akn.Draft!.Metadata.MeetingLine is null || akn.Draft.Metadata.MeetingDate is null))
        {
            return "akn: the meeting line or its date was not read";
        }

        if (BracketedProponent().IsMatch(xml) && akn.Draft!.Metadata.CommitteeLine is null)
        {
            return "akn: the committee line was not read";
        }

        // The originating draft's symbol, as the workflow gives it (ADR 0034, amendment 2): read from the AKN, and kept by our AKN.
        if (DraftStep().Match(xml) is { Success: true } step && akn.Draft!.Metadata.DraftSymbol != step.Groups[1].Value)
        {
            return $"akn: the draft's symbol is \"{akn.Draft.Metadata.DraftSymbol}\", not \"{step.Groups[1].Value}\"";
        }

        var ours = DraftImporter.Import(ResolutionDrafts.Documents.Export.AknExporter.ExportBytes(akn.Draft!));
        if (ours.IsSuccess && PartMeetings(ours.Draft!) != PartMeetings(akn.Draft!))
        {
            return $"our akn: the parts' meetings are \"{PartMeetings(ours.Draft!)}\", not \"{PartMeetings(akn.Draft!)}\"";
        }

        if (!ours.IsSuccess || ours.Draft!.Metadata.DraftSymbol != akn.Draft!.Metadata.DraftSymbol)
        {
            return $"our akn: the draft's symbol is \"{ours.Draft?.Metadata.DraftSymbol}\", not \"{akn.Draft!.Metadata.DraftSymbol}\" ({ours.Error})";
        }

        // The voting record (ADR 0034, amendment 2): read when the file has one, and the same after our AKN. No printed form carries it.
        if (xml.Contains("<voting outcome=\"", StringComparison.Ordinal) && akn.Draft.Metadata.Vote is null)
        {
            return "akn: the voting record was not read";
        }

        if (ours.Draft.Metadata.Vote != akn.Draft.Metadata.Vote)
        {
            return $"our akn: the voting record is \"{ours.Draft.Metadata.Vote}\", not \"{akn.Draft.Metadata.Vote}\"";
        }

        // The draft's and the report's dates from the workflow (ADR 0034, amendment 3): read when the file dates them, and the same after our AKN.
        if (DatedDraftStep().Match(xml) is { Success: true } dated && akn.Draft.Metadata.DraftDate != dated.Groups[1].Value)
        {
            return $"akn: the draft's date is \"{akn.Draft.Metadata.DraftDate}\", not \"{dated.Groups[1].Value}\"";
        }

        if ((ours.Draft.Metadata.DraftDate, ours.Draft.Metadata.ReportDate) != (akn.Draft.Metadata.DraftDate, akn.Draft.Metadata.ReportDate))
        {
            return $"our akn: the draft's and report's dates are {ours.Draft.Metadata.DraftDate} and {ours.Draft.Metadata.ReportDate}, not {akn.Draft.Metadata.DraftDate} and {akn.Draft.Metadata.ReportDate}";
        }

        // The meeting's record and the report's symbol and paragraph from the workflow (ADR 0034, amendment 4): every one the file
        // gives is read, and the same after our AKN.
        if (AdoptedStep().Match(xml) is { Success: true } adoptedStep && akn.Draft.Metadata.MeetingRecord != (Domain.Drafts.MeetingRecords.Is(adoptedStep.Groups[1].Value) ? adoptedStep.Groups[1].Value : null))
        {
            return $"akn: the meeting's record is \"{akn.Draft.Metadata.MeetingRecord}\", not \"{adoptedStep.Groups[1].Value}\"";
        }

        // The phrase the adopted step gives in place of a record (ADR 0034, amendment 7): read as the file words it, and the same after our AKN.
        if (akn.Draft.Metadata.AdoptionPhrase != AdoptionPhraseOf(xml))
        {
            return $"akn: the adoption step's phrase is \"{akn.Draft.Metadata.AdoptionPhrase}\", not \"{AdoptionPhraseOf(xml)}\"";
        }

        if (ours.Draft.Metadata.AdoptionPhrase != akn.Draft.Metadata.AdoptionPhrase)
        {
            return $"our akn: the adoption step's phrase is \"{ours.Draft.Metadata.AdoptionPhrase}\", not \"{akn.Draft.Metadata.AdoptionPhrase}\"";
        }

        if (ReportStep().Match(xml) is { Success: true } reportStep)
        {
            var (reportAs, reportParagraph) = (Attribute(reportStep.Value, "as"), Attribute(reportStep.Value, "refersTo"));
            if ((reportAs is not null || reportParagraph is not null) && (akn.Draft.Metadata.ReportSymbol, akn.Draft.Metadata.ReportParagraph) != (reportAs, reportParagraph))
            {
                return $"akn: the report is \"{akn.Draft.Metadata.ReportSymbol}\" para. \"{akn.Draft.Metadata.ReportParagraph}\", not \"{reportAs}\" para. \"{reportParagraph}\"";
            }
        }

        if ((ours.Draft.Metadata.MeetingRecord, ours.Draft.Metadata.ReportSymbol, ours.Draft.Metadata.ReportParagraph) != (akn.Draft.Metadata.MeetingRecord, akn.Draft.Metadata.ReportSymbol, akn.Draft.Metadata.ReportParagraph))
        {
            return $"our akn: the record and report are {ours.Draft.Metadata.MeetingRecord}, {ours.Draft.Metadata.ReportSymbol} para. {ours.Draft.Metadata.ReportParagraph}, not {akn.Draft.Metadata.MeetingRecord}, {akn.Draft.Metadata.ReportSymbol} para. {akn.Draft.Metadata.ReportParagraph}";
        }

        // A text or Word form prints the draft's symbol only where the committee line names it ("[without reference to a Main
        // Committee (A/75/L.20 and A/75/L.20/Add.1)]"): the symbol itself, without what the workflow adds ("(as amended in …)").
        var leading = akn.Draft.Metadata.DraftSymbol is { } whole ? LeadingSymbol().Match(whole).Value : null;
        var printedSymbol = leading is { Length: > 0 } && akn.Draft.Metadata.CommitteeLine?.Contains(leading, StringComparison.Ordinal) == true ? leading : null;
        var expected = DraftShape.Of(akn.Draft!);
        foreach (var (name, render) in Forms)
        {
            var result = Timed(name, render(akn.Draft!), times);
            if (!result.IsSuccess)
            {
                return $"{name}: {result.Error}";
            }

            if (expected.Difference(DraftShape.Of(result.Draft!)) is { } difference)
            {
                return $"{name}: {difference}";
            }

            if (result.Draft!.Metadata.AdoptionLine != akn.Draft!.Metadata.AdoptionLine)
            {
                return $"{name}: the adoption line is \"{result.Draft.Metadata.AdoptionLine}\", not \"{akn.Draft.Metadata.AdoptionLine}\"";
            }

            // The committee line and the meeting line with its date (ADR 0034, amendment 1).
            var (got, want) = (result.Draft.Metadata, akn.Draft.Metadata);
            foreach (var (field, read, expectedLine) in new[]
                     {
                         ("committee line", got.CommitteeLine, want.CommitteeLine), ("meeting line", got.MeetingLine, want.MeetingLine), ("meeting's date", got.MeetingDate, want.MeetingDate),
                         ("draft's symbol", got.DraftSymbol, printedSymbol),
                         // The report as the committee line prints it (the workflow's may differ from the page: 76/62 prints A/76/446, its step A/76/444).
                         ("report printed", got.ReportSymbol is null || want.CommitteeLine?.Contains(got.ReportSymbol, StringComparison.Ordinal) == true ? null : got.ReportSymbol, null),
                         ("report", PrintsWorkflowReport(want) ? $"{got.ReportSymbol} para. {got.ReportParagraph}" : null, PrintsWorkflowReport(want) ? $"{want.ReportSymbol} para. {want.ReportParagraph}" : null),
                         ("parts' own meetings", PartMeetings(result.Draft), PartMeetings(akn.Draft)),
                     })
            {
                if (read != expectedLine)
                {
                    return $"{name}: the {field} is \"{read}\", not \"{expectedLine}\"";
                }
            }
        }

        return null;
    }

    /// <summary>The meeting each part ends with when it is its own, not the draft's (ADR 0034, amendment 2), as one text.</summary>
    private static string PartMeetings(Domain.Drafts.Draft draft) =>
        string.Join(" | ", draft.Paragraphs.Where(p => p.Part is not null).Select(p => $"{p.Part!.MeetingLine} / {p.Part.MeetingDate}"));

    /// <summary>Imports <paramref name="bytes"/>, adding the milliseconds it took to <paramref name="form"/>'s list.</summary>
    private static ImportResult Timed(string form, byte[] bytes, Dictionary<string, List<double>> times)
    {
        var start = Stopwatch.GetTimestamp();
        var result = DraftImporter.Import(bytes);
        var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        (times.TryGetValue(form, out var list) ? list : times[form] = []).Add(elapsed);
        return result;
    }

    /// <summary>The UN's workflow step of the draft an adopted text was adopted from, with its symbol.</summary>
    [GeneratedRegex(@"<step [^>]*outcome=""draftResolution"" as=""([^""]+)""")]
    private static partial Regex DraftStep();

    /// <summary>The workflow's adopted step with what it names (ADR 0034, amendment 4): a meeting's record, "A/75/PV.41", or a phrase.</summary>
    [GeneratedRegex(@"<step [^>]*outcome=""adopted"" as=""([^""]+)""")]
    private static partial Regex AdoptedStep();

    /// <summary>The adopted step's <c>as</c> when it is a phrase, not a record ("Adopted without vote, 90th plenary meeting"), else null.</summary>
    internal static string? AdoptionPhraseOf(string xml) =>
        AdoptedStep().Match(xml) is { Success: true } step && !Domain.Drafts.MeetingRecords.Is(step.Groups[1].Value) ? step.Groups[1].Value : null;

    /// <summary>The workflow's report step, whole.</summary>
    [GeneratedRegex(@"<step [^>]*outcome=""recommendedForAdoption""[^>]*>")]
    private static partial Regex ReportStep();

    /// <summary>The committee line prints the workflow's report and paragraph as they are: "(A/75/414, para. 8)]", "(A/75/414，第8段)]".</summary>
    private static bool PrintsWorkflowReport(Domain.Drafts.DraftMetadata m) =>
        m is { ReportSymbol: { } symbol, ReportParagraph: { } paragraph, CommitteeLine: { } line }
        && (line.EndsWith($"({symbol}, para. {paragraph})]", StringComparison.Ordinal) || line.EndsWith($"({symbol}，第{paragraph}段)]", StringComparison.Ordinal));

    private static string? Attribute(string step, string name) =>
        Regex.Match(step, $@"\s{name}=""([^""]*)""") is { Success: true, Groups: var g } && g[1].Value.Trim().Length > 0 ? g[1].Value.Trim() : null;

    /// <summary>The draft's step with a date the file knows (not the UN's "unknown", 0001-01-01).</summary>
    [GeneratedRegex(@"<step date=""(?!0001-)(\d{4}-\d\d-\d\d)"" outcome=""draftResolution""")]
    private static partial Regex DatedDraftStep();

    /// <summary>"A/75/L.59" of "A/75/L.59 (as amended in A/75/L.60)".</summary>
    [GeneratedRegex(@"^[^\s,(]+")]
    private static partial Regex LeadingSymbol();

    [GeneratedRegex(@"<docProponent[^>]*>\s*\[")]
    private static partial Regex BracketedProponent();

    [GeneratedRegex("<FRBRlanguage language=\"(fra|spa|rus|ara)\"")]
    private static partial Regex OtherLanguage();

    internal static List<string> CorpusFiles() =>
        Directory.GetDirectories(Fixtures.Path_("corpus", "ga"))
            .Where(d => Path.GetFileName(d) != "data")
            .SelectMany(d => Directory.GetFiles(d, "*.xml"))
            .Order(StringComparer.Ordinal)
            .ToList();
}
