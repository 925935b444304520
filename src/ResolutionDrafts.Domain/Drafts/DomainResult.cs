namespace ResolutionDrafts.Domain.Drafts;

/// <summary>The outcome of a behaviour method: success, or a message a person can act on.</summary>
public sealed class DomainResult
{
    private static readonly DomainResult Success = new(null);

    private DomainResult(string? error) => Error = error;

    public string? Error { get; }

    public bool IsSuccess => Error is null;

    public static DomainResult Ok() => Success;

    public static DomainResult Fail(string error) => new(error);

    public override string ToString() => Error ?? "ok";
}

/// <summary>A <see cref="DomainResult"/> that carries a value on success.</summary>
public sealed class DomainResult<T>
{
    private DomainResult(T? value, string? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    public string? Error { get; }

    public bool IsSuccess => Error is null;

    public static DomainResult<T> Ok(T value) => new(value, null);

    public static DomainResult<T> Fail(string error) => new(default, error);

    /// <summary>The outcome without its value, for a caller that needs only whether it worked and why not.</summary>
    public DomainResult Untyped() => IsSuccess ? DomainResult.Ok() : DomainResult.Fail(Error!);

    public static implicit operator DomainResult<T>(DomainResult result) =>
        result.IsSuccess ? throw new InvalidOperationException("A successful untyped result has no value.") : Fail(result.Error!);
}
