namespace ResolutionDrafts.Domain.Operations;

/// <summary>
/// Concurrent changes to the sponsor list: index shifts as for paragraphs, and one special case.
/// When two delegations add the same name, the earlier add stands and the later is dropped; the
/// later author's replica, which holds its own entry, turns it into the earlier one by a remove
/// and an add.
/// </summary>
internal static class SponsorTransform
{
    public static bool TryTransform(DraftOperation e, DraftOperation l, out (DraftOperation Earlier, DraftOperation Later) result)
    {
        result = (e, l);
        if (!TryRead(e, out var earlierEdit) || !TryRead(l, out var laterEdit))
        {
            return false;
        }

        if (e is AddSponsor first && l is AddSponsor second && RemoveSponsor.SameName(first.Sponsor.Name, second.Sponsor.Name))
        {
            DraftOperation replace = first == second
                ? new NoOp()
                : new OperationBatch([new RemoveSponsor(second.Sponsor.Name, second.Index), first]);
            result = (replace, new NoOp(DropReasons.AlreadySponsor));
            return true;
        }

        var (earlier, later) = ListEdits.Transform(earlierEdit, laterEdit);
        result = (Rewrite(e, earlier), Rewrite(l, later));
        return true;
    }

    private static bool TryRead(DraftOperation operation, out ListEdit edit)
    {
        edit = operation switch
        {
            AddSponsor add => ListEdit.Insert(add.Index),
            RemoveSponsor remove => ListEdit.Delete(remove.Index),
            _ => default,
        };
        return operation is AddSponsor or RemoveSponsor;
    }

    private static DraftOperation Rewrite(DraftOperation operation, ListEdit? edit) => (operation, edit) switch
    {
        (_, null) => new NoOp(),
        (AddSponsor add, { } e) => add with { Index = e.To },
        (RemoveSponsor remove, { } e) => remove with { Index = e.From },
        _ => operation,
    };
}
