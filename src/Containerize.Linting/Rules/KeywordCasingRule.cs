using Containerize.Diagnostics;
using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>
/// CTZ1501: instruction keywords not in the file's majority casing (BuildKit's ConsistentInstructionCasing), and an
/// 'AS' whose casing differs from its all-upper or all-lower FROM (FromAsCasing).
/// </summary>
public sealed class KeywordCasingRule : LintRule
{
    public static readonly RuleDescriptor Rule = new(
        DiagnosticCatalog.KeywordCasing,
        "Keywords are case-insensitive, but one casing throughout makes a Dockerfile easy to scan and to search.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(LintContext context)
    {
        int upper = 0, lower = 0;
        foreach (var instruction in context.Dockerfile.Instructions)
        {
            var keyword = instruction.Keyword;
            if (IsUpper(keyword))
            {
                upper++;
            }
            else if (IsLower(keyword))
            {
                lower++;
            }
        }

        var majorityLower = lower > upper;
        var majority = majorityLower ? "the file's majority casing (lowercase)" : "the file's majority casing (uppercase)";
        foreach (var instruction in context.Dockerfile.Instructions)
        {
            var keyword = instruction.Keyword;
            if (keyword.Length > 0 && !(majorityLower ? IsLower(keyword) : IsUpper(keyword)))
            {
                context.RaiseCheck(Rule, instruction.KeywordSpan, "ConsistentInstructionCasing", keyword, majority, majorityLower ? keyword.ToLowerInvariant() : keyword.ToUpperInvariant());
            }

            if (instruction is FromInstruction { StageNameToken: not null } from && from.Arguments.Count >= 3)
            {
                var asToken = from.Arguments[from.Arguments.Count - 2];
                var fromUpper = IsUpper(keyword);
                if ((fromUpper || IsLower(keyword)) && (fromUpper ? !IsUpper(asToken.Value) : !IsLower(asToken.Value)))
                {
                    context.RaiseCheck(Rule, asToken.Span, "FromAsCasing", asToken.Value, $"the casing of '{keyword}'", fromUpper ? "AS" : "as");
                }
            }
        }
    }

    private static bool IsUpper(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLower(string word)
    {
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
