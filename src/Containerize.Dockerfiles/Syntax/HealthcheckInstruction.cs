namespace Containerize.Dockerfiles;

/// <summary><c>HEALTHCHECK [options] CMD command</c> or <c>HEALTHCHECK NONE</c>.</summary>
public sealed class HealthcheckInstruction : Instruction
{
    internal HealthcheckInstruction(InstructionData data)
        : base(data)
    {
    }

    public override InstructionKind Kind => InstructionKind.Healthcheck;

    /// <summary><c>CMD</c> or <c>NONE</c> as written.</summary>
    public string Type => Arguments.Count > 0 ? Arguments[0].Value : string.Empty;

    public bool IsNone => string.Equals(Type, "NONE", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the CMD part is in exec (JSON) form.</summary>
    public bool IsExecForm => IsJsonForm;

    public IReadOnlyList<string> CommandArguments => ValuesOf(Arguments, 1);

    public string? Interval => GetFlag("interval")?.Value;

    public string? Timeout => GetFlag("timeout")?.Value;

    public string? StartPeriod => GetFlag("start-period")?.Value;

    public string? StartInterval => GetFlag("start-interval")?.Value;

    public string? Retries => GetFlag("retries")?.Value;
}
