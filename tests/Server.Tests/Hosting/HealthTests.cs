using System.Net;

namespace ZeroWork.Server.Tests.Hosting;

public sealed class HealthTests
{
    [Fact]
    public async Task Healthz_answers_200_when_the_store_is_open()
    {
        using var factory = new ZeroWorkFactory();
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task First_start_seeds_the_station_network()
    {
        using var factory = new ZeroWorkFactory();
        using var client = factory.CreateClient();
        await client.GetAsync("/healthz");

        Assert.True(factory.Db.Stations.Count() >= 43);
    }
}
