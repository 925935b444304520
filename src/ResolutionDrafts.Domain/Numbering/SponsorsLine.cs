using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Numbering;

/// <summary>
/// The sponsors line printed above the title: "Australia, Brazil and Israel: revised draft
/// resolution" / "澳大利亚、巴西和以色列：决议修订草案". Only original sponsors appear on it;
/// additional sponsors are listed separately.
/// </summary>
public static class SponsorsLine
{
    /// <summary>The whole line, or null for an adopted resolution or decision (which has none).</summary>
    public static string? Format(Draft draft)
    {
        if (draft.Kind.IsAdopted())
        {
            return null;
        }

        var zh = DraftLanguage.IsChinese(draft.Language);
        var names = JoinNames(draft.Sponsors.Where(s => !s.Additional).Select(s => Name(s, zh)).ToList(), zh);
        var kind = KindText(draft, zh);
        if (names.Length == 0 && draft.Metadata.SubmittedBy is { Length: > 0 } by && draft.Kind != DocumentKind.Amendment)
        {
            // A text of the Chair or the President, as the UN prints it: "Draft resolution submitted by the Chair of the
            // Committee following informal consultations" / "委员会主席经非正式协商后提交的决议草案".
            return zh ? $"{by.TrimEnd('的')}提交的{kind}" : $"{char.ToUpperInvariant(kind[0])}{kind[1..]} submitted by {by}";
        }

        if (names.Length > 0 && UnderTitle(draft))
        {
            // WHO names the kind first, the States after it: "Draft resolution proposed by Brazil, Ghana and Thailand" /
            // "由巴西、加纳和泰国提出的决议草案" (ADR 0036, amendment 4).
            return zh ? $"由{names}提出的{kind}" : $"{char.ToUpperInvariant(kind[0])}{kind[1..]} proposed by {names}";
        }

        // With nobody named (a text of the Chair or the President, a Security Council text before its
        // sponsors are known) the line is a heading of its own, as issued documents print it: "Draft resolution".
        return names.Length == 0 ? char.ToUpperInvariant(kind[0]) + kind[1..] : names + (zh ? "：" : ": ") + kind;
    }

    /// <summary>
    /// The sponsors line stands under the title, worded "Draft resolution proposed by …", as WHO prints a draft of the World
    /// Health Assembly or its Executive Board (<see cref="WorldHealthAssembly.Is"/>; ADR 0036, amendment 4); above it, worded
    /// the UN's way, for every other draft. An amendment keeps the UN's line: it names the draft it amends.
    /// </summary>
    public static bool UnderTitle(Draft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return draft.Kind != DocumentKind.Amendment && !draft.Kind.IsAdopted() && WorldHealthAssembly.Is(draft)
               && draft.Sponsors.Any(s => !s.Additional);
    }

    /// <summary>"A, B and C" / "A、B和C".</summary>
    public static string JoinNames(IReadOnlyList<string> names, bool chinese)
    {
        return names.Count switch
        {
            0 => "",
            1 => names[0],
            _ => string.Join(chinese ? "、" : ", ", names.Take(names.Count - 1)) + (chinese ? "和" : " and ") + names[^1],
        };
    }

    /// <summary>"draft resolution", "revised draft resolution", "draft decision" (决定草案), "amendment to draft resolution A/C.3/80/L.24".</summary>
    public static string KindText(Draft draft, bool chinese)
    {
        var target = draft.Metadata.AmendsSymbol;
        var targetIsRevised = target?.Contains("/Rev.", StringComparison.OrdinalIgnoreCase) == true;
        return (draft.Kind, chinese) switch
        {
            (DocumentKind.DraftResolution, false) => "draft resolution",
            (DocumentKind.DraftResolution, true) => "决议草案",
            (DocumentKind.RevisedDraftResolution, false) => "revised draft resolution",
            (DocumentKind.RevisedDraftResolution, true) => "决议修订草案",
            (DocumentKind.Amendment, _) => AmendmentTo(target, targetIsRevised, chinese),
            (DocumentKind.AdoptedResolution, false) => "resolution",
            (DocumentKind.AdoptedResolution, true) => "决议",
            (DocumentKind.DraftDecision, false) => "draft decision",
            (DocumentKind.DraftDecision, true) => "决定草案",
            (DocumentKind.RevisedDraftDecision, false) => "revised draft decision",
            (DocumentKind.RevisedDraftDecision, true) => "决定修订草案",
            (DocumentKind.AdoptedDecision, false) => "decision",
            (DocumentKind.AdoptedDecision, true) => "决定",
            _ => throw new ArgumentOutOfRangeException(nameof(draft), draft.Kind, "Unknown kind of document."),
        };
    }

    /// <summary>
    /// "amendment to revised draft resolution A/C.3/80/L.20/Rev.1" (A/C.3/80/L.64) /
    /// "对决议修订草案A/C.3/80/L.20/Rev.1的修正"; without the symbol when there is none.
    /// </summary>
    /// <param name="targetIsDecision">The text amended is a draft decision: "amendment to draft decision …" / "对决定草案……的修正".</param>
    public static string AmendmentTo(string? targetSymbol, bool targetIsRevised, bool chinese, bool targetIsDecision = false)
    {
        var symbol = targetSymbol?.Trim() ?? "";
        var zh = targetIsDecision ? "决定" : "决议";
        return chinese
            ? $"对{zh}{(targetIsRevised ? "修订" : "")}草案{symbol}的修正"
            : $"amendment to {(targetIsRevised ? "revised " : "")}draft {(targetIsDecision ? "decision" : "resolution")} {symbol}".TrimEnd();
    }

    /// <summary>"Uganda (on behalf of the Group of 77 and China)" / "乌干达（代表77国集团和中国）".</summary>
    public static string Name(Sponsor sponsor, bool chinese)
    {
        if (sponsor.OnBehalfOf is null)
        {
            return sponsor.Name;
        }

        return chinese ? $"{sponsor.Name}（代表{sponsor.OnBehalfOf}）" : $"{sponsor.Name} (on behalf of {sponsor.OnBehalfOf})";
    }
}
