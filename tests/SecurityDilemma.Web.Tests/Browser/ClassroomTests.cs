using Microsoft.Playwright;

namespace SecurityDilemma.Web.Tests.Browser;

/// <summary>A teacher and three students, each in a separate browser context, play five years and reach the debrief.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ClassroomTests(BrowserFixture browser)
{
    private static readonly PageWaitForSelectorOptions Long = new() { Timeout = 30_000 };

    [Fact]
    public async Task TeacherAndThreeStudents_PlayFiveYearsToTheDebrief()
    {
        await using var teacher = await browser.NewPage();
        await teacher.Page.GotoAsync(teacher.Url("/play"));
        await teacher.Page.WaitForSelectorAsync("#t-scenario option[value=multipolar]", new() { State = WaitForSelectorState.Attached });
        await teacher.Page.FillAsync("#t-years", "5");
        await teacher.Page.ClickAsync("#t-open");
        await teacher.Page.WaitForSelectorAsync("#teacher:not(.hidden)");
        var code = (await teacher.Page.TextContentAsync("#t-code"))!;
        Assert.Matches("^[A-Z2-9]{6}$", code);

        var names = new[] { "Ana", "Ben", "Chloe" };
        var students = new List<WatchedPage>();
        foreach (var name in names)
        {
            var s = await browser.NewPage();
            students.Add(s);
            await s.Page.GotoAsync(s.Url("/play"));
            await s.Page.FillAsync("#s-code", code.ToLowerInvariant());
            await s.Page.FillAsync("#s-name", name);
            await s.Page.ClickAsync("#s-join");
            await s.Page.WaitForSelectorAsync("#student:not(.hidden)");
        }

        var states = await Task.WhenAll(students.Select(s => s.Page.TextContentAsync("#p-state")));
        Assert.Equal(["Insula", "Montania", "Planitia"], states.Select(x => x ?? ""));
        await teacher.Page.WaitForSelectorAsync("#t-players tr:nth-child(3)");
        await browser.Screenshot(teacher.Page, "classroom-teacher");
        await teacher.Page.ClickAsync("#t-start");

        for (var year = 1; year <= 5; year++)
        {
            for (var k = 0; k < students.Count; k++)
            {
                var page = students[k].Page;
                await page.WaitForSelectorAsync($"body[data-year='{year - 1}'][data-phase='playing']", Long);
                await page.WaitForSelectorAsync("#d-submit:not([disabled])", Long);

                // What a student sees: her own state and her neighbours' forces and her trust in them, never their motives.
                var seen = await page.TextContentAsync("#p-own") + await page.TextContentAsync("#p-neighbours") + await page.TextContentAsync("#p-log");
                foreach (var motive in new[] { "greedy", "security seeker", "security_seeker", "power maximizer", "power_maximizer" })
                {
                    Assert.DoesNotContain(motive, seen, StringComparison.OrdinalIgnoreCase);
                }

                Assert.True(await page.Locator("#p-neighbours tr").CountAsync() >= 2);

                // Three styles: Ana reassures, Ben arms offensively and stands firm, Chloe seeks an ally.
                var burden = k == 1 ? "0.2" : "0.04";
                await page.EvalOnSelectorAsync("#d-burden", $"e => {{ e.value = '{burden}'; e.dispatchEvent(new Event('input')); }}");
                if (k == 0)
                {
                    await page.CheckAsync("#d-signal");
                    await page.SelectOptionAsync("#d-posture", "conciliation");
                }
                else if (k == 1)
                {
                    await page.EvalOnSelectorAsync("#d-offense", "e => { e.value = '0.9'; e.dispatchEvent(new Event('input')); }");
                    await page.SelectOptionAsync("#d-posture", "firmness");
                }
                else if (year == 1)
                {
                    await page.SelectOptionAsync("#d-ally", new SelectOptionValue { Index = 1 });
                }

                if (year == 2 && k == 2)
                {
                    await browser.Screenshot(page, "classroom-student");
                }

                await page.ClickAsync("#d-submit");
            }
        }

        foreach (var s in students)
        {
            await s.Page.WaitForSelectorAsync("body[data-debrief='shown']", Long);
            Assert.Equal(5, await s.Page.Locator("#b-motives tr").CountAsync());
            Assert.Equal(3, await s.Page.Locator("svg.trust-in-player").CountAsync());
            Assert.True(await s.Page.Locator("svg.trust-in-player polyline").CountAsync() >= 3);
            Assert.Contains("Spiral index", await s.Page.TextContentAsync("#b-reading"), StringComparison.Ordinal);
            await Literature.AssertShown(s.Page, "#b-literature", "game");
        }

        await browser.Screenshot(students[0].Page, "classroom-debrief");
        await students[0].Page.Locator("#b-literature h2").First.EvaluateAsync("e => e.scrollIntoView()"); // the diagnosis from its heading
        await browser.Screenshot(students[0].Page, "classroom-diagnosis");
        await teacher.Page.WaitForSelectorAsync("#t-debrief:not(.hidden)", Long);
        await teacher.Page.ClickAsync("#t-debrief");
        await teacher.Page.WaitForSelectorAsync("body[data-debrief='shown']", Long);
        var motives = await teacher.Page.TextContentAsync("#b-motives");
        Assert.Contains("Ana", motives, StringComparison.Ordinal);
        Assert.Contains("engine", motives, StringComparison.Ordinal);

        teacher.AssertClean();
        foreach (var s in students)
        {
            s.AssertClean();
            await s.DisposeAsync();
        }
    }

    [Fact]
    public async Task Solo_PlaysAgainstEngineStates()
    {
        await using var w = await browser.NewPage();
        var page = w.Page;
        await page.GotoAsync(w.Url("/play"));
        await page.WaitForSelectorAsync("#solo-scenario option[value=spiral]", new() { State = WaitForSelectorState.Attached });
        await page.SelectOptionAsync("#solo-scenario", "spiral");
        await page.FillAsync("#solo-years", "2");
        await page.ClickAsync("#solo-start");
        for (var year = 1; year <= 2; year++)
        {
            await page.WaitForSelectorAsync($"body[data-year='{year - 1}'][data-phase='playing']", Long);
            await page.WaitForSelectorAsync("#d-submit:not([disabled])", Long);
            await page.ClickAsync("#d-submit");
        }

        await page.WaitForSelectorAsync("body[data-debrief='shown']", Long);
        Assert.Contains("Sparta", await page.TextContentAsync("#b-motives"), StringComparison.Ordinal);
        await Literature.AssertShown(page, "#b-literature", "game");
        w.AssertClean();
    }
}
