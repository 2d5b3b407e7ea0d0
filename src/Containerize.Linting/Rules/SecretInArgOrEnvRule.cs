using Containerize.Diagnostics;
using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>
/// CTZ1302: an ARG or ENV whose name says it holds a secret: its value is stored in the image (BuildKit's
/// SecretsUsedInArgOrEnv); and a private key or certificate store copied into the final image.
/// </summary>
public sealed class SecretInArgOrEnvRule : LintRule
{
    public static readonly RuleDescriptor Rule = new(
        DiagnosticCatalog.SecretInArgOrEnv,
        "ENV values are in the image configuration and build args in its history; anyone who can pull the image can read them. BuildKit secret mounts expose a secret to one RUN only.",
        "DL3064");

    // Compared against the lower-cased name with '_', '-' and '.' removed ("api_key" and "apikey" alike).
    private static readonly string[] SecretWords =
    {
        "password", "passwd", "secret", "token", "apikey", "privatekey", "accesskey", "credential", "authkey", "connectionstring", "saskey", "passphrase",
    };

    // Whole words (between separators) that name a secret on their own, as BuildKit reads them.
    private static readonly string[] SecretTokens = { "auth", "key", "pword", "pwd", "pat", "credentials" };

    // A name that ends like this holds where or how a secret is kept, not the secret ("SECRET_FILE", "AzureWebJobsSecretStorageType").
    private static readonly string[] DescribingSuffixes = { "type", "mode", "kind", "provider", "path", "file", "dir", "url", "uri", "endpoint", "location", "enabled", "name" };

    private static readonly char[] Separators = { '_', '-', '.' };

    private static readonly HashSet<string> Harmless = new(StringComparer.OrdinalIgnoreCase)
    {
        "NUGET_XMLDOC_MODE", "TOKEN_URL", "GPG_KEY", "PUBLIC_KEY", "APT_KEY_DONT_WARN_ON_DANGEROUS_USAGE",
    };

    // Files that hold private keys: a .pfx/.p12 bundle, a .key file, SSH keys, and the stores 'dotnet dev-certs https' writes.
    private static readonly string[] KeyFileEndings = { ".pfx", ".p12", ".key", "/id_rsa", "/id_ed25519", "/id_ecdsa" };
    private static readonly string[] KeyStores = { ".dotnet/corefx/cryptography/x509stores", ".aspnet/https", ".aspnet/dev-certs" };

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(LintContext context)
    {
        HashSet<Instruction>? shipped = null;
        foreach (var instruction in context.Dockerfile.Instructions)
        {
            switch (instruction)
            {
                case FileTransferInstruction transfer:
                    if (transfer.Heredocs.Count == 0 && MayHoldKey(transfer))
                    {
                        KeyFiles(context, transfer, shipped ??= FinalImageInstructions(context));
                    }

                    break;
                case ArgInstruction arg:
                    foreach (var declaration in arg.Declarations)
                    {
                        if (IsSecret(declaration.Name, declaration.DefaultValue))
                        {
                            context.RaiseCheck(Rule, declaration.Token.Span, "DL3064", "ARG", declaration.Name, $"build args are recorded in the image history. Use 'RUN --mount=type=secret,id={declaration.Name.ToLowerInvariant()} …' and 'docker build --secret'");
                        }
                    }

                    break;
                case EnvInstruction env:
                    foreach (var pair in env.Pairs)
                    {
                        if (pair.Value.Length > 0 && IsSecret(pair.Key, pair.Value))
                        {
                            context.RaiseCheck(Rule, pair.KeyToken.Span, "DL3064", "ENV", pair.Key, "its value is stored in the image configuration for anyone who pulls it. Pass it at run time (docker run -e / a secret store) or use a BuildKit secret mount for build steps");
                        }
                        else if (pair.Value.Length == 0 && IsSecret(pair.Key, null) && HasSecretWord(pair.Key))
                        {
                            // An empty ENV stores nothing: a placeholder for a value given at run time (info). Only a
                            // name with a secret word of its own ("git_key", as BuildKit reads names) is noted; camel-case
                            // placeholders ("ServerPassword") stay quiet, as BuildKit's check does.
                            context.RaiseCheckAt(Rule, pair.KeyToken.Span, "DL3064", DiagnosticSeverity.Info, "ENV", pair.Key, "it is empty, so nothing is stored yet, but a value set here later would be stored in the image configuration (docker build --check reports it). Give it at run time (docker run -e) and drop the placeholder");
                        }
                    }

                    break;
            }
        }
    }

    private static bool MayHoldKey(FileTransferInstruction transfer)
    {
        foreach (var source in transfer.Sources)
        {
            var v = source.Value;
            if (v.IndexOf('.') >= 0 || v.IndexOf("id_", StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static void KeyFiles(LintContext context, FileTransferInstruction transfer, HashSet<Instruction> shipped)
    {
        if (!shipped.Contains(transfer))
        {
            return;
        }

        foreach (var source in transfer.Sources)
        {
            var path = "/" + ShellWords.Unquote(source.Value, transfer.EscapeToken).Replace('\\', '/').TrimStart('/').ToLowerInvariant();
            if (path.Contains("://") || !HoldsKey(path))
            {
                continue;
            }

            context.RaiseCheck(Rule, source.Span, "PrivateKeyInImage", transfer.Keyword.ToUpperInvariant(), ShellWords.Unquote(source.Value, transfer.EscapeToken), "a private key or certificate store in the image can be read by anyone who pulls it. Mount it when the container runs (a volume or a secret), or generate it at start-up");
        }
    }

    private static bool HoldsKey(string path)
    {
        foreach (var store in KeyStores)
        {
            if (path.Contains(store))
            {
                return true;
            }
        }

        var trimmed = path.TrimEnd('*', '/');
        foreach (var ending in KeyFileEndings)
        {
            if (trimmed.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static HashSet<Instruction> FinalImageInstructions(LintContext context)
    {
        var shipped = new HashSet<Instruction>();
        foreach (var stage in context.Stages)
        {
            if (stage.IsInFinalImage)
            {
                foreach (var instruction in stage.Instructions)
                {
                    shipped.Add(instruction);
                }
            }
        }

        return shipped;
    }

    internal static bool IsSecret(string name, string? value)
    {
        if (Harmless.Contains(name))
        {
            return false;
        }

        var lower = name.ToLowerInvariant();
        var tokens = lower.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        if (Array.IndexOf(tokens, "public") >= 0 || Array.IndexOf(tokens, "vault") >= 0)
        {
            return false;
        }

        var squeezed = string.Concat(tokens);
        foreach (var suffix in DescribingSuffixes)
        {
            if (squeezed.EndsWith(suffix, StringComparison.Ordinal) && squeezed.Length > suffix.Length)
            {
                return false;
            }
        }

        if (squeezed.Contains("connectionstring"))
        {
            // A connection string is a secret only when it carries a credential.
            return value is null || HoldsCredential(value);
        }

        foreach (var word in SecretWords)
        {
            if (squeezed.Contains(word))
            {
                return true;
            }
        }

        foreach (var token in tokens)
        {
            if (Array.IndexOf(SecretTokens, token) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    // A separator-delimited word of the name is itself a secret word ("git_key", "DB_PASSWORD"; not "ServerPassword").
    private static bool HasSecretWord(string name)
    {
        foreach (var token in name.ToLowerInvariant().Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (Array.IndexOf(SecretWords, token) >= 0 || Array.IndexOf(SecretTokens, token) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HoldsCredential(string value)
    {
        var v = value.ToLowerInvariant();
        if (v.Contains("$"))
        {
            return true;
        }

        foreach (var marker in new[] { "password=", "pwd=", "accountkey=", "sharedaccesskey=", "secret", "token", "apikey" })
        {
            if (v.Contains(marker))
            {
                return true;
            }
        }

        var scheme = v.IndexOf("://", StringComparison.Ordinal);
        var at = scheme < 0 ? -1 : v.IndexOf('@', scheme);
        return at > 0 && v.IndexOf(':', scheme + 3) is var colon && colon > 0 && colon < at;
    }
}
