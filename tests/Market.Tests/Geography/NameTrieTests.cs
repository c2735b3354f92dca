using ZeroWork.Market.Geography;

namespace ZeroWork.Market.Tests.Geography;

public sealed class NameTrieTests
{
    [Fact]
    public void Finds_the_longest_name_at_a_position()
    {
        var trie = new NameTrie<string>();
        foreach (var n in new[] { "太平", "太平店", "太平店镇", "七里河" })
        {
            trie.Add(n, n);
        }

        Assert.Equal((4, "太平店镇"), trie.LongestAt("住太平店镇上", 1));
        Assert.Equal((3, "太平店"), trie.LongestAt("住太平店上", 1));
        Assert.Equal((2, "太平"), trie.LongestAt("太平洋", 0));
        Assert.Equal((0, null), trie.LongestAt("七里", 0));
        Assert.Equal((0, null), trie.LongestAt("住", 1));
    }

    [Fact]
    public void The_first_value_added_for_a_name_is_kept()
    {
        var trie = new NameTrie<string>();
        trie.Add("城关", "a");
        trie.Add("城关", "b");
        Assert.Equal("a", trie.LongestAt("城关", 0).Value);
    }
}
