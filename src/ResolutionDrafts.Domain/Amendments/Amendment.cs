using System.Globalization;
using System.Text;

namespace ResolutionDrafts.Domain.Amendments;

/// <summary>
/// The instructions that turn the text an amendment is made to into the proposed text, and
/// their grouping into the numbered items of an amendment document. Made by
/// <see cref="AmendmentBuilder.Compute"/>; applied by <see cref="AmendmentApplier.Apply"/>.
/// </summary>
public sealed record Amendment
{
    public Amendment(IReadOnlyList<AmendmentInstruction> instructions)
    {
        ArgumentNullException.ThrowIfNull(instructions);
        Instructions = instructions;
        Items = AmendmentItems.Group(instructions);
    }

    /// <summary>In reading order of the text; the order the applier needs (see <see cref="AmendmentApplier"/>).</summary>
    public IReadOnlyList<AmendmentInstruction> Instructions { get; }

    public IReadOnlyList<AmendmentItem> Items { get; }

    /// <summary>
    /// Changes between the two texts that no instruction words, each with the reason: a proposal with any is refused, so
    /// nothing proposed is silently lost. Tables add none since ADR 0030 (a table they cannot say row by row is replaced
    /// whole).
    /// </summary>
    public IReadOnlyList<string> Unworded { get; init; } = [];

    public bool IsEmpty => Instructions.Count == 0;

    /// <summary>Characters deleted plus characters inserted over all instructions (see <see cref="AmendmentInstruction.CharactersChanged"/>).</summary>
    public int CharactersChanged => Instructions.Sum(i => i.CharactersChanged);

    /// <summary>One sentence per numbered item.</summary>
    public IReadOnlyList<string> Wording(string language) => Items.Select(i => i.Wording(language)).ToList();

    /// <summary>
    /// The body of the amendment document: "1. …" per item, one per line; a single item is not
    /// numbered, as in A/C.3/80/L.65.
    /// </summary>
    public string Text(string language)
    {
        var sentences = Wording(language);
        if (sentences.Count == 1)
        {
            return sentences[0];
        }

        var text = new StringBuilder();
        for (var i = 0; i < sentences.Count; i++)
        {
            text.Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append(". ").Append(sentences[i]).Append('\n');
        }

        return text.ToString().TrimEnd('\n');
    }
}
