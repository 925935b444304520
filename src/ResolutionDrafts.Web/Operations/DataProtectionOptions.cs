namespace ResolutionDrafts.Web.Operations;

/// <summary>Bound from the "DataProtection" configuration section: how the keys that sign cookies are protected at rest.</summary>
public sealed class DataProtectionOptions
{
    public const string Section = "DataProtection";

    /// <summary>
    /// A PKCS#12 (.pfx) file whose certificate encrypts the data-protection keys stored in the
    /// database. Unset: the keys are stored unencrypted (a warning at start). Give the same
    /// certificate to every node.
    /// </summary>
    public string? CertificatePath { get; set; }

    /// <summary>The .pfx file's password; set it from the environment (DataProtection__CertificatePassword), never in a file in the repository.</summary>
    public string? CertificatePassword { get; set; }
}
