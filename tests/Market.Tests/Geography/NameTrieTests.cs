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

    [Fact]
    public void A_name_added_after_a_lookup_is_found()
    {
        var trie = new NameTrie<string>();
        trie.Add("七里河", "a");
        Assert.Equal((0, null), trie.LongestAt("七里桥", 0));
        trie.Add("七里桥", "b");
        Assert.Equal((3, "b"), trie.LongestAt("七里桥", 0));
        Assert.Equal((3, "a"), trie.LongestAt("七里河", 0));
    }

    [Fact]
    public void Every_one_of_many_children_of_a_node_is_reached()
    {
        // One prefix with hundreds of different next characters: the packed children are searched, not scanned in order.
        var trie = new NameTrie<string>();
        var names = Enumerable.Range(0, 400).Select(i => "张" + (char)('\u4e00' + (i * 37 % 20000))).Distinct().ToList();
        foreach (var n in names)
        {
            trie.Add(n, n);
        }

        foreach (var n in names)
        {
            Assert.Equal((2, n), trie.LongestAt("住" + n + "村", 1));
        }

        Assert.Equal((0, null), trie.LongestAt("张", 0));
        Assert.Equal((0, null), trie.LongestAt("张a", 0));
    }
}
