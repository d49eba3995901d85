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
        var scenario = Validate(() => document.With(overrides).Build());
        scenario = Resize(scenario, settings);
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

        return scenario;
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

    private Scenario Resize(Scenario scenario, Settings? settings)
    {
        if (settings is null)
        {
            return scenario;
        }

        var original = scenario.States;
        var n = ApiException.InRange(settings.States, original.Count, Limits.MinStates, limits.MaxStates, "settings.states");
        var states = original;
        if (n != original.Count)
        {
            states = [.. Enumerable.Range(0, n).Select(k => original[k % original.Count] with
            {
                Name = k < original.Count ? original[k].Name : $"{original[k % original.Count].Name} {(k / original.Count) + 1}",
            })];
            scenario = scenario with { Borders = [], Alliances = [], Guarantees = [] };
        }

        if (settings.GreedyShare is not null)
        {
            var share = ApiException.InRange(settings.GreedyShare, 0, 0, 1, "settings.greedy_share");
            var greedy = (int)Math.Round(share * n, MidpointRounding.AwayFromZero);

            // Greedy states spread evenly over the list: state k is greedy when the running count of greedy states steps up at k.
            states = [.. states.Select((st, k) => st with
            {
                Motive = ((k + 1) * greedy / n) > (k * greedy / n) ? Motive.Greedy : Motive.SecuritySeeker,
            })];
        }

        return scenario with { States = states };
    }
}
