using Containerize.Diagnostics;
using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>CTZ1302: an ARG or ENV whose name says it holds a secret: its value is stored in the image.</summary>
public sealed class SecretInArgOrEnvRule : LintRule
{
    public static readonly RuleDescriptor Rule = new(
        DiagnosticCatalog.SecretInArgOrEnv,
        "ENV values are in the image configuration and build args in its history; anyone who can pull the image can read them. BuildKit secret mounts expose a secret to one RUN only.",
        "DL3064");

    // Compared against the lower-cased name with '_' and '-' removed ("api_key" and "apikey" alike).
    private static readonly string[] SecretWords =
    {
        "password", "passwd", "secret", "token", "apikey", "privatekey", "accesskey", "credential", "authkey", "connectionstring", "saskey",
    };

    private static readonly HashSet<string> Harmless = new(StringComparer.OrdinalIgnoreCase)
    {
        "NUGET_XMLDOC_MODE", "TOKEN_URL", "GPG_KEY", "PUBLIC_KEY",
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(LintContext context)
    {
        foreach (var instruction in context.Dockerfile.Instructions)
        {
            switch (instruction)
            {
                case ArgInstruction arg:
                    foreach (var declaration in arg.Declarations)
                    {
                        if (!IsSecret(declaration.Name))
                        {
                            continue;
                        }

                        context.Report(Rule, declaration.Token.Span, $"ARG '{declaration.Name}' looks like a secret: build args are recorded in the image history. Use 'RUN --mount=type=secret,id={declaration.Name.ToLowerInvariant()} …' and 'docker build --secret'.", "DL3064");
                    }

                    break;
                case EnvInstruction env:
                    foreach (var pair in env.Pairs)
                    {
                        if (!IsSecret(pair.Key))
                        {
                            continue;
                        }

                        context.Report(Rule, pair.KeyToken.Span, $"ENV '{pair.Key}' looks like a secret: its value is stored in the image configuration for anyone who pulls it. Pass it at run time (docker run -e / a secret store) or use a BuildKit secret mount for build steps.", "DL3064");
                    }

                    break;
            }
        }
    }

    private static bool IsSecret(string name)
    {
        if (Harmless.Contains(name))
        {
            return false;
        }

        var lower = name.ToLowerInvariant();
        var squeezed = lower.Replace("_", string.Empty).Replace("-", string.Empty);
        foreach (var word in SecretWords)
        {
            if (squeezed.Contains(word))
            {
                return true;
            }
        }

        return lower.EndsWith("pwd", StringComparison.Ordinal) || lower.EndsWith("_pat", StringComparison.Ordinal) || lower.StartsWith("pat_", StringComparison.Ordinal);
    }
}
