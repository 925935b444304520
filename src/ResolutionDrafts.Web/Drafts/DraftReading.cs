using System.Runtime.CompilerServices;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;
using ResolutionDrafts.Domain.Style;

namespace ResolutionDrafts.Web.Drafts;

/// <summary>
/// A draft at one revision as a reader sees it: its labels and style warnings, computed once per
/// change. Pages watching the same draft get the same instance (<see cref="For(LoadedDraft)"/> keys it
/// on the shared copy of the text), so a hundred readers cost one computation and one copy per change.
/// Read-only, like the draft it holds.
/// </summary>
public sealed class DraftReading
{
    private static readonly ConditionalWeakTable<Draft, DraftReading> Shared = new();

    public DraftReading(Guid id, Draft draft, int revision)
    {
        Id = id;
        Draft = draft;
        Revision = revision;
        Labels = ParagraphLabels.Compute(draft);
        var checkedStyle = StyleChecker.Check(draft);
        Warnings = checkedStyle.Where(w => !w.IsNote).ToList();
        Notes = checkedStyle.Where(w => w.IsNote).ToList();
        WarningsById = Warnings.Where(w => w.ParagraphId is not null).ToLookup(w => w.ParagraphId!);
    }

    public Guid Id { get; }

    public Draft Draft { get; }

    public int Revision { get; }

    public IReadOnlyDictionary<string, ParagraphLabel> Labels { get; }

    public IReadOnlyList<StyleWarning> Warnings { get; }

    /// <summary>Where an adopted text departs from a punctuation rule as the UN adopted it: shown, never flagged.</summary>
    public IReadOnlyList<StyleWarning> Notes { get; }

    public ILookup<string, StyleWarning> WarningsById { get; }

    /// <summary>The reading of <paramref name="loaded"/>'s draft, computed on first use and kept as long as that copy lives.</summary>
    public static DraftReading For(LoadedDraft loaded) =>
        Shared.GetValue(loaded.Draft, draft => new DraftReading(loaded.Id, draft, loaded.Revision));
}
