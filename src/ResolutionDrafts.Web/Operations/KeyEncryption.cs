using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace ResolutionDrafts.Web.Operations;

/// <summary>
/// Encrypts the data-protection keys (which sign the session cookies and anti-forgery tokens) with
/// the certificate of DataProtection:CertificatePath before they are stored in the database, and
/// decrypts them with it: a copy of the database alone no longer lets anyone forge a session.
/// The certificate is read when the services are registered (the data-protection builder takes it
/// then), from the settings known at that moment: files, environment, command line. A path that
/// does not load registers nothing and is reported by the start-up check in one line.
/// </summary>
internal static class KeyEncryption
{
    public const string Invalid = "DataProtection:CertificatePath must name a readable .pfx file with its private key, and DataProtection:CertificatePassword be its password.";

    public static void Add(IDataProtectionBuilder dataProtection, IConfiguration configuration)
    {
        dataProtection.Services.AddOptions<DataProtectionOptions>()
            .BindConfiguration(DataProtectionOptions.Section)
            .Validate(o => string.IsNullOrEmpty(o.CertificatePath) || TryLoad(o) is not null, Invalid)
            .ValidateOnStart();
        var options = configuration.GetSection(DataProtectionOptions.Section).Get<DataProtectionOptions>() ?? new DataProtectionOptions();
        if (TryLoad(options) is { } certificate)
        {
            dataProtection.ProtectKeysWithCertificate(certificate);
        }
    }

    private static X509Certificate2? TryLoad(DataProtectionOptions options)
    {
        if (string.IsNullOrEmpty(options.CertificatePath))
        {
            return null;
        }

        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath, options.CertificatePassword);
            return certificate.HasPrivateKey ? certificate : null;
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
