using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Operations;

/// <summary>The sign-in form is rate-limited per address; the cookie-signing keys are encrypted at rest when a certificate is given.</summary>
public sealed class SecurityPassTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("rd-security-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task SignInForm_IsRateLimitedPerAddress_LikeTheJsonSignIn()
    {
        await using var app = new AppFactory();
        var client = app.CreateClient();
        HttpStatusCode last = 0;
        for (var i = 0; i < 61 && last != HttpStatusCode.TooManyRequests; i++)
        {
            using var response = await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "sign-in", ["Input.UserName"] = "nobody", ["Input.Password"] = "wrong-password-1",
            }));
            last = response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last);
        // The page itself (GET) stays readable.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/sign-in")).StatusCode);
    }

    [Fact]
    public async Task WithACertificate_TheKeysAreStoredEncrypted_AndStillReadAfterARestart()
    {
        var pfx = Path.Combine(folder, "keys.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=ResolutionDrafts keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "pfx-password"));
        }

        // As in production: the certificate's path and password come from the environment.
        var database = Path.Combine(folder, "drafts.db");
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Storage__DatabasePath"] = database,
            ["DataProtection__CertificatePath"] = pfx,
            ["DataProtection__CertificatePassword"] = "pfx-password",
        };
        var port = AppProcess.FreePort();
        string cookie;
        using (var first = await AppProcess.StartAsync(AppProcess.WebDll(), folder, port, environment))
        {
            cookie = await TestUsers.CookieAsync(new HttpClient { BaseAddress = first.Url }, "cuba");
        }

        var keys = await KeysAsync(database);
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("encryptedSecret", xml);
            Assert.DoesNotContain("<value>", xml); // the key material in the clear
        });

        // Another start (or node) with the same certificate reads the keys: the cookie still works.
        using var second = await AppProcess.StartAsync(AppProcess.WebDll(), folder, port, environment);
        using var client = new HttpClient { BaseAddress = second.Url };
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("api/me")).StatusCode);
    }

    private static async Task<List<string>> KeysAsync(string database)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Xml FROM DataProtectionKeys";
        var keys = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }
}
