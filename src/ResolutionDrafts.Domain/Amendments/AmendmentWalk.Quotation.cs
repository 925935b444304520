using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Amendments;

/// <summary>
/// Changes inside a quotation (ADR 0028): a quoted line kept in both texts whose words changed is amended as a
/// paragraph's words are, named "the quoted text of operative paragraph 3" ("In the quoted text of operative
/// paragraph 3, replace “President” with “Chair”"; 执行部分第3段所引案文中). Lines added to or removed from a
/// quotation are not worded yet.
/// </summary>
internal sealed partial class AmendmentWalk
{
    private void QuotedEdits(ParagraphNode old, ParagraphNode now)
    {
        if (old.Quotation.Count == 0 || now.Quotation.Count == 0)
        {
            return;
        }

        var oldById = old.Quotation.ToDictionary(l => l.Id, StringComparer.Ordinal);
        foreach (var line in now.Quotation)
        {
            if (oldById.TryGetValue(line.Id, out var was) && was.Text != line.Text && references.TryGetValue(line.Id, out var reference))
            {
                Edits(reference, was, line, top: false, moved: false);
            }
        }
    }
}
