namespace Containerize.Linting;

/// <summary>A rule: a small fold over the Dockerfile's instructions that reports findings to the context.</summary>
public abstract class LintRule
{
    public abstract RuleDescriptor Descriptor { get; }

    public abstract void Analyze(LintContext context);
}
