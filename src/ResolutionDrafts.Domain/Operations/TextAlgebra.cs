using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Operations;

/// <summary>Compose and transform for text operations: the ot.js algorithms, one walk over both operations.</summary>
internal static class TextAlgebra
{
    public static DomainResult<TextOperation> Compose(TextOperation first, TextOperation second)
    {
        if (first.TargetLength != second.BaseLength)
        {
            return DomainResult<TextOperation>.Fail(
                $"Cannot compose: the first operation produces {first.TargetLength:N0} characters but the second expects {second.BaseLength:N0}.");
        }

        var result = new TextOperationBuilder();
        var a = new Cursor(first);
        var b = new Cursor(second);
        while (!a.Done || !b.Done)
        {
            if (!a.Done && a.Kind == TextComponentKind.Delete)
            {
                result.Delete(a.Take(a.Remaining));
                continue;
            }

            if (!b.Done && b.Kind == TextComponentKind.Insert)
            {
                result.InsertUnchecked(b.TakeText(b.Remaining));
                continue;
            }

            var n = Overlap(ref a, ref b);
            switch (a.Kind, b.Kind)
            {
                case (TextComponentKind.Retain, TextComponentKind.Retain):
                    result.Retain(n);
                    a.Take(n);
                    b.Take(n);
                    break;
                case (TextComponentKind.Insert, TextComponentKind.Retain):
                    result.InsertUnchecked(a.TakeText(n));
                    b.Take(n);
                    break;
                case (TextComponentKind.Insert, TextComponentKind.Delete):
                    a.Take(n);
                    b.Take(n);
                    break;
                default:
                    result.Delete(n);
                    a.Take(n);
                    b.Take(n);
                    break;
            }
        }

        return DomainResult<TextOperation>.Ok(result.Build());
    }

    public static DomainResult<(TextOperation A, TextOperation B)> Transform(TextOperation first, TextOperation second)
    {
        if (first.BaseLength != second.BaseLength)
        {
            return DomainResult<(TextOperation, TextOperation)>.Fail(
                $"Cannot transform: the operations were made on texts of {first.BaseLength:N0} and {second.BaseLength:N0} characters.");
        }

        var aPrime = new TextOperationBuilder();
        var bPrime = new TextOperationBuilder();
        var a = new Cursor(first);
        var b = new Cursor(second);
        while (!a.Done || !b.Done)
        {
            // Inserts go first, and the first operation's insert before the second's: the tie-break.
            if (!a.Done && a.Kind == TextComponentKind.Insert)
            {
                var text = a.TakeText(a.Remaining);
                aPrime.InsertUnchecked(text);
                bPrime.Retain(text.Length);
                continue;
            }

            if (!b.Done && b.Kind == TextComponentKind.Insert)
            {
                var text = b.TakeText(b.Remaining);
                aPrime.Retain(text.Length);
                bPrime.InsertUnchecked(text);
                continue;
            }

            var n = Overlap(ref a, ref b);
            switch (a.Kind, b.Kind)
            {
                case (TextComponentKind.Retain, TextComponentKind.Retain):
                    aPrime.Retain(n);
                    bPrime.Retain(n);
                    break;
                case (TextComponentKind.Delete, TextComponentKind.Retain):
                    aPrime.Delete(n);
                    break;
                case (TextComponentKind.Retain, TextComponentKind.Delete):
                    bPrime.Delete(n);
                    break;
                default:
                    // Both delete the same code units: neither needs to any more.
                    break;
            }

            a.Take(n);
            b.Take(n);
        }

        return DomainResult<(TextOperation, TextOperation)>.Ok((aPrime.Build(), bPrime.Build()));
    }

    // The length checks make both walks end together; one ending early would be a bug here.
    private static int Overlap(ref Cursor a, ref Cursor b) =>
        a.Done || b.Done
            ? throw new InvalidOperationException("Text operation lengths disagree after the length check.")
            : Math.Min(a.Remaining, b.Remaining);

    /// <summary>Walks an operation's components, allowing part of one to be consumed at a time.</summary>
    private struct Cursor(TextOperation operation)
    {
        private int index;
        private int used;

        public readonly bool Done => index >= operation.Components.Count;

        public readonly TextComponentKind Kind => operation.Components[index].Kind;

        public readonly int Remaining => Done ? int.MaxValue : operation.Components[index].Length - used;

        public int Take(int count)
        {
            used += count;
            if (used == operation.Components[index].Length)
            {
                index++;
                used = 0;
            }

            return count;
        }

        public string TakeText(int count)
        {
            var text = operation.Components[index].Text!.Substring(used, count);
            Take(count);
            return text;
        }
    }
}
