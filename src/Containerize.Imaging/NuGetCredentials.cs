using System.Text;
using System.Xml;
using NuGet.Configuration;

namespace Containerize.Imaging;

/// <summary>
/// The credentials NuGet itself has for the package sources of a project folder, read by NuGet.Configuration as a
/// restore there would: the NuGet.config files from the folder up, the user's and the machine's configs
/// (packageSourceCredentials), and NuGetPackageSourceCredentials_&lt;name&gt; variables.
/// </summary>
public sealed class NuGetCredentials
{
    private NuGetCredentials(IReadOnlyList<(string Name, string Url, string? Username, string? Password)> sources)
    {
        Sources = sources;
    }

    /// <summary>The enabled sources, with the credentials NuGet has for each (null when none).</summary>
    public IReadOnlyList<(string Name, string Url, string? Username, string? Password)> Sources { get; }

    public bool Any => Sources.Any(s => s.Password is not null);

    public static NuGetCredentials For(string projectDirectory)
    {
        var settings = Settings.LoadDefaultSettings(projectDirectory);
        var sources = new List<(string, string, string?, string?)>();
        foreach (var source in new PackageSourceProvider(settings).LoadPackageSources().Where(s => s.IsEnabled))
        {
            var credential = source.Credentials ?? FromEnvironment(source.Name);
            string? password = null;
            try
            {
                password = credential?.Password;
            }
            catch (Exception ex) when (ex is NotSupportedException or PlatformNotSupportedException or System.Security.Cryptography.CryptographicException)
            {
                // An encrypted password of another machine or OS: NuGet cannot read it either.
            }

            sources.Add((source.Name, source.Source, credential?.Username, password));
        }

        return new NuGetCredentials(sources);
    }

    /// <summary>
    /// A NuGet.Config holding only packageSourceCredentials (clear text, for the restore's secret mount): the sources
    /// themselves come from the repository's NuGet.config in the build context.
    /// </summary>
    public byte[] ToConfigFile()
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, OmitXmlDeclaration = false };
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, settings))
        {
            writer.WriteStartElement("configuration");
            writer.WriteStartElement("packageSourceCredentials");
            foreach (var (name, _, username, password) in Sources.Where(s => s.Password is not null))
            {
                writer.WriteStartElement(XmlConvert.EncodeLocalName(name));
                Add(writer, "Username", username ?? string.Empty);
                Add(writer, "ClearTextPassword", password!);
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        return buffer.ToArray();
    }

    private static void Add(XmlWriter writer, string key, string value)
    {
        writer.WriteStartElement("add");
        writer.WriteAttributeString("key", key);
        writer.WriteAttributeString("value", value);
        writer.WriteEndElement();
    }

    // NuGet's documented variable form: NuGetPackageSourceCredentials_<name>=Username=<u>;Password=<p>.
    private static PackageSourceCredential? FromEnvironment(string sourceName)
    {
        var value = Environment.GetEnvironmentVariable("NuGetPackageSourceCredentials_" + sourceName);
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        string? username = null;
        string? password = null;
        foreach (var part in value!.Split(';'))
        {
            var eq = part.IndexOf('=');
            if (eq <= 0)
            {
                continue;
            }

            var key = part.Substring(0, eq).Trim();
            if (key.Equals("Username", StringComparison.OrdinalIgnoreCase))
            {
                username = part.Substring(eq + 1);
            }
            else if (key.Equals("Password", StringComparison.OrdinalIgnoreCase))
            {
                password = part.Substring(eq + 1);
            }
        }

        return password is null ? null : new PackageSourceCredential(sourceName, username ?? string.Empty, password, isPasswordClearText: true, validAuthenticationTypesText: null);
    }
}
