using System.Globalization;
using SecurityDilemma.Scenarios;
using SecurityDilemma.Web.Api;
using SecurityDilemma.Web.Hosting;

namespace SecurityDilemma.Web.Explore;

/// <summary>
/// Turns a request's scenario (shipped name or uploaded YAML) and sliders into a validated <see cref="Scenario"/>: the
/// sliders become <c>--set</c> overrides read by the CLI's own validator, so a bad value is reported as the CLI would.
/// </summary>
internal sealed class ScenarioFactory(ShippedScenarios shipped, ServerLimits limits)
{
    public Scenario Build(string? name, string? yaml, ulong? seed, int? years, Settings? settings, params ParameterOverride[] extra)
        => Prepare(name, yaml, seed, years, settings, extra).Scenario;

    /// <summary>As <see cref="Build"/>, keeping the scenario document (with every override applied) when the list of states is the file's.</summary>
    public PreparedScenario Prepare(string? name, string? yaml, ulong? seed, int? years, Settings? settings, params ParameterOverride[] extra)
    {
        var document = Parse(name, yaml);
        var overrides = new List<ParameterOverride>();
        if (seed is ulong s)
        {
            overrides.Add(Set("seed", s));
        }

        if (years is int y)
        {
            overrides.Add(Set("years", ApiException.InRange(y, 0, 1, limits.MaxYears, "years")));
        }

        if (settings is not null)
        {
            Add(overrides, "technology.offense_defense_balance", settings.OffenseDefenseBalance, 0.05, 20, "settings.offense_defense_balance");
            Add(overrides, "technology.distinguishability", settings.Distinguishability, 0, 1, "settings.distinguishability");
            Add(overrides, "states.*.worst_case_bias", settings.WorstCaseBias, 0, 1, "settings.worst_case_bias");
            Add(overrides, "states.*.prior_trust", settings.PriorTrust, 0.01, 0.99, "settings.prior_trust");
            Add(overrides, "states.*.empathy", settings.Empathy, 0, 1, "settings.empathy");
        }

        overrides.AddRange(extra);
        document = document.With(overrides);
        var scenario = Validate(document.Build);
        var prepared = Reshape(document, scenario, settings);
        scenario = prepared.Scenario;
        if (scenario.States.Count > limits.MaxStates)
        {
            throw ApiException.BadRequest($"{scenario.States.Count} states is more than this server's limit of {limits.MaxStates}", "states", $"at most {limits.MaxStates} states");
        }

        var stateYears = (long)scenario.States.Count * scenario.Years;
        if (stateYears > limits.MaxStateYears)
        {
            throw ApiException.BadRequest(
                $"{scenario.States.Count} states x {scenario.Years} years = {stateYears} state-years is more than this server's limit of {limits.MaxStateYears}",
                "years", $"states x years at most {limits.MaxStateYears}");
        }

        return prepared;
    }

    /// <summary>Runs the CLI's validator; its error becomes a 400 naming the field, line and column.</summary>
    public static T Validate<T>(Func<T> build)
    {
        try
        {
            return build();
        }
        catch (InputException e)
        {
            throw new ApiException(StatusCodes.Status400BadRequest,
                new ApiError(e.Message, string.IsNullOrEmpty(e.Field) ? null : e.Field, e.Line, e.Column, string.IsNullOrEmpty(e.Expected) ? null : e.Expected));
        }
    }

    private ScenarioDocument Parse(string? name, string? yaml)
    {
        if (name is not null && yaml is not null)
        {
            throw ApiException.BadRequest("give either scenario (a shipped name) or yaml (an uploaded file), not both", "scenario");
        }

        if (name is not null)
        {
            var s = shipped.Get(name, "scenario");
            return ScenarioDocument.Parse(s.Yaml, s.Name + ".yaml");
        }

        if (yaml is null)
        {
            throw ApiException.BadRequest("no scenario given", "scenario", "scenario (a shipped name, GET /api/scenarios) or yaml (the text of a scenario file)");
        }

        return Validate(() => ScenarioDocument.Parse(yaml, "upload.yaml"));
    }

    private static ParameterOverride Set(string path, IFormattable value) => new(path, value.ToString(null, CultureInfo.InvariantCulture));

    private static void Add(List<ParameterOverride> overrides, string path, double? value, double min, double max, string field)
    {
        if (value is not null)
        {
            overrides.Add(Set(path, ApiException.InRange(value, 0, min, max, field)));
        }
    }

    /// <summary>
    /// Applies the motives and number-of-states sliders. With the file's number of states the greedy share becomes
    /// <c>states[k].motive</c> overrides, so the document still describes the world; a changed number rebuilds the list.
    /// </summary>
    private PreparedScenario Reshape(ScenarioDocument document, Scenario scenario, Settings? settings)
    {
        if (settings is null)
        {
            return new PreparedScenario(scenario, document);
        }

        var original = scenario.States;
        var n = ApiException.InRange(settings.States, original.Count, Limits.MinStates, limits.MaxStates, "settings.states");
        int? greedy = settings.GreedyShare is null
            ? null
            : (int)Math.Round(ApiException.InRange(settings.GreedyShare, 0, 0, 1, "settings.greedy_share") * n, MidpointRounding.AwayFromZero);
        if (n == original.Count)
        {
            if (greedy is not int g)
            {
                return new PreparedScenario(scenario, document);
            }

            document = document.With(Enumerable.Range(0, n).Select(k => new ParameterOverride($"states[{k}].motive", IsGreedy(k, n, g) ? "greedy" : "security_seeker")));
            return new PreparedScenario(Validate(document.Build), document);
        }

        var states = Enumerable.Range(0, n).Select(k => original[k % original.Count] with
        {
            Name = k < original.Count ? original[k].Name : $"{original[k % original.Count].Name} {(k / original.Count) + 1}",
        });
        if (greedy is int share)
        {
            states = states.Select((st, k) => st with { Motive = IsGreedy(k, n, share) ? Motive.Greedy : Motive.SecuritySeeker });
        }

        return new PreparedScenario(scenario with { States = [.. states], Borders = [], Alliances = [], Guarantees = [] }, null);
    }

    // Greedy states spread evenly over the list: state k is greedy when the running count of greedy states steps up at k.
    private static bool IsGreedy(int k, int n, int greedy) => ((k + 1) * greedy / n) > (k * greedy / n);
}
