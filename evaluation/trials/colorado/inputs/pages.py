"""The saved and served pages of this trial: stored article text, typed page furniture."""

from make_pages import page

COMMENTS = "<section class=\"comments\"><h3>(0) comments</h3><p>Welcome to the discussion.</p><p>Keep it Clean. Please avoid obscene, vulgar, lewd, racist or sexually-oriented language.</p><p>PLEASE TURN OFF YOUR CAPS LOCK.</p><p>Don't Threaten. Threats of harming another person will not be tolerated.</p><p>Be Truthful. Don't knowingly lie about anyone or anything.</p><p>Post a comment</p></section>"
RELATED = '<aside class="related"><h3>More in Environment</h3><ul><li><a href="/news/a.html">Lake Mead boat ramps close as water drops</a> Read more</li><li><a href="/news/b.html">Snowpack report: Rockies below average</a> Read more</li></ul></aside>'

# 1. Reclamation's release on the draft EIS (public domain), saved from usbr.gov
page(
    "saved/usbr-draft-eis-2026.html",
    site="Bureau of Reclamation",
    title="Reclamation releases draft environmental review for post-2026 Colorado River operations",
    head_title="Reclamation releases draft environmental review for post-2026 Colorado River operations | Bureau of Reclamation",
    canonical="https://www.usbr.gov/newsroom/news-release/5263",
    before='<p class="breadcrumb">Reclamation &gt; News &amp; Multimedia &gt; news release &gt; Reclamation releases draft environmental review for post-2026 Colorado River operations</p>',
    paras=[
        "<h2>Process advances planning for future river management amid prolonged drought and ongoing negotiations</h2>",
        "Media Contact: Communications@usbr.gov",
        "For Release: Jan 9, 2026",
        "WASHINGTON — The Bureau of Reclamation today released a draft Environmental Impact Statement evaluating a range of operational alternatives for managing of Colorado River reservoirs after 2026, when the current operating agreements expire. The draft EIS evaluates a broad range of potential operating strategies. It does not designate a preferred alternative, ensuring flexibility for a potential collective agreement.",
        "Prolonged drought conditions over the past 25 years, combined with forecasts for continued dry conditions, have made development of future operating guidelines for the Colorado River particularly challenging.",
        '“The Department of the Interior is moving forward with this process to ensure environmental compliance is in place so operations can continue without interruption when the current guidelines expire,” Assistant Secretary - Water and Science Andrea Travnicek said.  "The river and the 40 million people who depend on it cannot wait. In the face of an ongoing severe drought, inaction is not an option.”',
        "The draft EIS evaluates a broad range of operational alternatives for post-2026 reservoir management informed through input and extensive collaborative engagement with stakeholders, including the seven basin states, tribes, conservation organizations, other federal agencies, other Basin water users, and the public.",
    ],
)

# 2. AFP on the 2023 cuts, saved page
page(
    "saved/afp-western-us-mexico-cuts-2022.html",
    site="Mugtama",
    title="Western US, Mexico hit with water cuts as drought bites",
    head_title="Mugtama | Western US, Mexico hit with water cuts as drought bites",
    paras=[
        'Some western US states and Mexico must cut water usage to avoid a "catastrophic collapse" of the Colorado River, Washington officials have said as a historic drought bites.',
        "Despite years of warnings, states that depend on the river have not managed to reduce their demands enough, and on Tuesday, the federal government said it was imposing cuts.",
        '"Water use in the Basin must be reduced," said Tanya Trujillo, Assistant Secretary for Water and Science at the Interior Department.',
        "Arizona's allocation from the river will fall by 21 percent in 2023, while Nevada will get eight percent less. Mexico's allotment will drop by seven percent.",
        "Negotiations over further reductions are creating tension among the states, especially as California, the largest user, has so far avoided cuts triggered by low reservoir levels.",
        "California, the biggest user of the river's water and the most populous of the western states, will not be affected next year.",
        "More than two decades of well below-average rainfall have left the river, the lifeblood of the western United States, at critically low levels, as the human-caused climate crisis worsens the natural drought cycle.",
        "<h2>Reduced rain and higher temperatures</h2>",
        "The Colorado River rises in the Rocky Mountains and snakes its way through Colorado, Utah, Arizona, Nevada, California and northern Mexico, where it empties into the Gulf of California.",
        "It is fed mainly by snow caps on mountains at high altitudes, which melts slowly throughout the warmer months.",
    ],
    after=RELATED,
)

# 3. Mohave Valley Daily News on the Tier 1 determination for 2024, with its comment box
page(
    "saved/mohave-tier1-2024.html",
    site="Mohave Valley Daily News",
    title="Drought level to decrease in 2024",
    head_title="Drought level to decrease in 2024 | News | mohavedailynews.com",
    meta_date="2023-08-17T05:00:00-07:00",
    canonical="https://www.mohavedailynews.com/news/drought-level-to-decrease-in-2024/article_3a7fc118-3c7c-11ee-b67a-bbf38efb53f4.html",
    paras=[
        '<figure><img src="boat.jpg" alt=""><figcaption>A boat speeds across Lake Mead National Recreation Area in Nevada on April 16. Though an unusually wet year has buoyed the water level in the lake, a longterm solution to drought and chronic overuse of the Colorado River remain elusive. RJ Sangosti/The Denver Post</figcaption></figure>',
        "BOULDER CITY, Nev. — Although Southwest is still in a drought, conditions have improved enough for Lake Mead to operate at a Tier 1 shortage rather than a Tier 2 shortage.",
        "The determination was announced by the Bureau of Reclamation on Tuesday with the release of the Colorado River Basin August 2023 24-Month Study, which determines the tiers for the coordinated operation of Lake Powell and Lake Mead for 2024.",
        "Based on projections in the 24-Month Study, Lake Powell will operate in a Mid-Elevation Release Tier with a 7.48 million acre-feet release in water year 2024.",
        "Lake Mead will operate in a Level 1 Shortage Condition, an improvement from the Level 2 Shortage Condition announced last year, with required shortages by Arizona and Nevada, coupled with Lower Basin Drought Contingency Plan water savings contributions. Mexico’s water delivery will be reduced consistent with Minute 323.",
        "Lake Mead’s release in 2023 is projected to be the lowest in 30 years, approximately one and half million acre-feet lower than an average normal year.",
        "The release reflects ongoing conservation efforts in the Lower Basin states, above-normal inflows in the lower basin below Hoover Dam, and conservation in Mexico.",
        "Investments in system conservation and improved hydrology this year have provided an opportunity to recover some reservoir storage.",
        "At the same time, the Colorado River system continues to face low elevations, with Lake Powell and Lake Mead at a combined storage of 36%.",
    ],
    after=COMMENTS,
)

# 4. UPR (KUNC) on the Gila River Indian Community's payment
page(
    "saved/upr-gila-river-payout-2023.html",
    site="Utah Public Radio",
    title="Arizona tribe will receive millions in federal payouts for water conservation",
    head_title="Arizona tribe will receive millions in federal payouts for water conservation | UPR Utah Public Radio",
    meta_date="2023-04-10T14:30:00-06:00",
    paras=[
        "The federal government will send up to $233 million to the Gila River Indian Community for water conservation. The tribe is among the first to receive federal payouts as part of a program to incentivize water cutbacks in Arizona, California and Nevada. Those three states make up the Colorado River’s Lower Basin, where water use remains steady in spite of shrinking reserves.",
        "The Gila River Indian Community will conserve 125,000 acre-feet of water and receive $50 million from the Inflation Reduction Act in exchange. The tribe has the option to do so again in 2024 and 2025, receiving another $50 million in each additional year. That water will stay in Lake Mead, the nation’s largest reservoir, where historically-low water levels threaten hydropower production within the Hoover Dam, and have raised concerns about the reservoir’s long-term ability to provide water to millions of people in cities such as Phoenix, Las Vegas and Los Angeles.",
        "Those payments would break down to $400 per acre-foot of water. An acre-foot is the amount of water needed to fill one acre of land to a height of one foot. One acre-foot generally provides enough water for one to two households for a year.",
        "The tribe will also receive $83 million from the Bipartisan Infrastructure Law to expand water reuse efforts. It will fund a reclaimed water pipeline that, when completed, will add up to 20,000 acre-feet annually for system conservation with a minimum of 78,000 acre-feet committed to remain Lake Mead.",
        "The Gila River Indian Community is one of 30 federally recognized tribes that use water from the Colorado River, and among the most prominent tribal voices in the regional conversations about water use.",
    ],
    after=RELATED,
)

# 5. Arizona Mirror on the same payment: its byline line lost the writer's name
page(
    "saved/azmirror-gila-river-233m-2023.html",
    site="Arizona Mirror",
    title="Gila River Indian Community receives $233M in water conservation, infrastructure funding",
    head_title="Gila River Indian Community receives $233M in water conservation, infrastructure funding • Arizona Mirror",
    byline="By: - April 7, 2023 2:12 pm",
    paras=[
        '<figure><img src="lewis.jpg" alt=""><figcaption>Gila River Indian Community Gov. Stephen Roe Lewis talks about three upcoming water system conservation projects during a press conference on April 6, 2023, that announced an allotment of $233 million in funding for the Gila River Indian Community projects. Photo by Shondiin Silversmith | Arizona Mirror</figcaption></figure>',
        "The Gila River Indian Community will receive up to $233 million in funding for conservation agreements that will help the tribe and other water users along the Colorado River Basin protect the stability and sustainability of the Colorado River system.",
        "“We’re facing serious challenges right now in the Colorado River Basin as a result of persistent and pervasive drought, which has been exacerbated by climate change,” Deputy Bureau of Reclamation Commissioner David Palumbo said on April 6 at a press briefing announcing the funding.",
        "Palumbo said that the Bureau of Reclamation has incredible resources through the Inflation Reduction Act and the Bipartisan Infrastructure Law. It has helped the department work closely with the 30 Colorado River basin tribes in seven U.S. basin states to respond to the urgent conditions to shape a more resilient future and adapt to a changing climate.",
        "“Our shared priority is to build sustainable and strong communities and protect our water supplies for people and natural environments, farm tribes, cities, and ecosystems,” he said.",
        "Palumbo announced two major funding agreements with the Gila River Indian Community demonstrating the administration’s investments in managing the drought crisis.",
        "The Gila River Indian Community will receive up to $50 million for water system conservation initiatives, resulting in nearly two feet of elevation savings in Lake Mead that will benefit the Colorado River system.",
    ],
)

# 6. Sierra Club on the Navajo Nation ruling
page(
    "saved/sierra-navajo-ruling-2023.html",
    site="Sierra Club",
    title="Supreme Court Rules Against Navajo Nation in Colorado River Case",
    head_title="Supreme Court Rules Against Navajo Nation in Colorado River Case | Sierra Club",
    paras=[
        "<h2>155 years after signing a treaty with the US government, tribe still unable to quantify water rights</h2>",
        "The effort by Native American nations to secure the basic resources needed for their well-being suffered a setback this week when the US Supreme Court ruled June 22 that the federal government is not obligated to help the Navajo Nation access water from the Colorado River.",
        "In a 5 to 4 decision, the high court justices rejected the Navajo Nation’s arguments that, under the 1868 treaty between the US government and the Navajo Nation, the federal government has a responsibility to assist the tribe in securing its water rights. Writing for the majority, Justice Brett Kavanaugh argued, “It is unsurprising that a treaty enacted in 1868 did not provide for all of the Navajo’s current water needs 155 years later.” Kavanaugh also stated that in 1868 the Navajo (or the Diné, as Navajo refer to themselves) would not have understood the treaty to mean that the United States must take affirmative steps to secure water for the tribe.",
        "In a separate concurrence, Justice Clarence Thomas questioned the United States’ “trust obligations” to tribal nations, which he believes lack constitutional support. Thomas’s stance reflects what some federal Indian law experts feared could have been the worst outcome for tribes—dismantling the 1908 Winters Act, which established that all federally recognized tribes have rights to the water necessary to live on the reservations that the United States established for them.",
        "The case, Interior v. Navajo Nation, began in 2003, when the Navajo Nation sued the federal government for falling short of its obligations to help the tribe quantify its water rights on the Colorado River. The tribe cited a breach of trust under the Winters Act as the basis for its claim. Eighteen years later, the US Court of Appeals for the Ninth Circuit sided with the Navajo Nation.",
    ],
)

# 7-10: served from a local web server and added by address
page(
    "served/2022/08/16/sputnik-us-imposes-water-restrictions.html",
    site="Sputnik International",
    title="US Imposes New Water Restrictions as Severe Drought Impacts Country's Southwest - Reports",
    head_title="US Imposes New Water Restrictions as Severe Drought Impacts Country's Southwest - Reports",
    dateline="16.08.2022",
    paras=[
        "The federal government announced the Colorado River will operate in a Tier 2 shortage condition for the first time starting in January as the drought has taken a severe toll on Lake Mead, the report said.",
        "The drought has exacerbated the availability of water as the Colorado River dries up and water levels in Lake Powell and Lake Mead dip precipitously low, the report said.",
        "Overuse of the river has led the federal government to put in place mandatory water cuts while asking states to develop plans that would save the river basin, the report said.",
        '<p class="promo"><a href="/20220815/heat.html">Study: 8 Million Americans Will Experience Temperatures Over 125°F by Next Year, 107 Million by 2053</a></p><p class="promo">15 August 2022, 23:23 GMT</p>',
        "The US Interior Department estimates that Lake Mead’s water level will fall below 1,050 feet above sea level in January, which is the threshold at which a Tier 2 shortage can be declared. The shortage means the states of Arizona, Nevada and New Mexico will need to further reduce their use of water from the Colorado River beginning in January, the report said.",
        "California will be exempted from having to reduce the amount of water it receives from the Colorado River, the report added.",
    ],
)

page(
    "served/2023/02/16/lake-powell-record-low.html",
    site="Cronkite News - Arizona PBS",
    title="Lake Powell level drops to record low as feds scramble to prop it up",
    head_title="Lake Powell level drops to record low as feds scramble to prop it up - Cronkite News",
    byline="By Alex Hager/KUNC",
    paras=[
        '<figure><img src="sandbar.jpg" alt=""><figcaption>Eric Balken, executive director of Glen Canyon Institute, walks along a sandbar once submerged by Lake Powell. As the reservoir drops to record lows, areas that were underwater for decades have begun to emerge. (Photo by Alex Hager/KUNC)</figcaption></figure>',
        "Water levels in Lake Powell dropped to a record low Tuesday, with continued pressure from climate change and steady demand pushing the nation’s second-largest reservoir to the lowest level since it was first filled in the 1960s.",
        "The lake fell to 3,522.16 feet above sea level, just below the previous record set in April 2022. The reservoir is currently about 22% full, and is expected to keep declining until around May, when mountain snowmelt rushes into the streams that flow into the lake.",
        "Lake Powell, which straddles the Arizona-Utah border, is fed by the Colorado River. Warming temperatures and abnormally dry conditions have cut into the river’s supplies, and the seven states that rely on its water have struggled to reduce demand. Not only has that dealt an alarming blow to the reliability of water supplies for 40 million people, but it threatens the ability to generate hydropower at Glen Canyon Dam, which holds back Lake Powell.",
        "Even though strong snow and heavy rains have blanketed the West this winter, climate scientists say that one wet year won’t be nearly enough to substantially boost Lake Powell in the face of a 23-year megadrought.",
        "Those dropping water levels have spawned a crisis for the Bureau of Reclamation, the federal agency that manages the West’s largest dams, including Glen Canyon Dam and the hydroelectric turbines within that generate power for 5 million people across seven states.",
    ],
)

page(
    "served/story/news/environment/2023/05/22/colorado-river-basin-states-reach-landmark-deal.html",
    site="The Desert Sun",
    title="Colorado River Basin states reach landmark deal on water cuts",
    head_title="Colorado River Basin states reach landmark deal on water cuts",
    paras=[
        "A deal has been reached to conserve at least 3 million acre-feet of water in the Colorado River through 2026, the Department of the Interior announced on Monday. More than half of that would be saved by the end of 2024.",
        "A whopping $1 billion in funding from the Inflation Reduction Act would be used to save 2.3 million acre-feet by compensating farmers, water districts and others, according to a source directly involved with talks on the agreement. The remaining 700,000 acre-feet would be achieved though voluntary, uncompensated reductions by the three states. The consensus-based proposal – agreed upon by California, Arizona and Nevada – commits to measures to conserve the water through the end of 2026, when current operating guidelines agreed to in 2007 are set to expire.",
        "All seven states that depend on the river and its mammoth dams and reservoirs also submitted a letter requesting the voluntary proposal be added to an environmental review of other proposals by federal officials, which could have imposed mandatory cuts. In light of the new, consensus-based plan, Interior officials also announced they were temporarily withdrawing the draft SEIS published in April to fully analyze the effects of the new proposal, and pushed back the May 30 deadline for comments until an unspecified date.",
    ],
)

page(
    "served/news/iid-finalizes-landmark-agreement.html",
    site="KESQ",
    title="IID finalizes landmark agreement to raise Lake Mead by 10 feet",
    head_title="IID finalizes landmark agreement to raise Lake Mead by 10 feet - KESQ",
    meta_date="2024-09-26T18:02:00-07:00",
    paras=[
        "The Imperial Irrigation District finalized a landmark conservation agreement with the U.S. Bureau of Reclamation that will build 10-12 feet of elevation at Lake Mead and conserve up to 700,000 acre-feet of water for the Colorado River.",
        "IID officials added that the agreement also unlocks a full federal investment of $250 million in Salton Sea restoration. The investment will largely target an expansion of California’s nearly 8,000-acre Species Conservation Habitat.",
        "IID’s 2024-2026 conservation agreement represents the largest federal conservation agreement to date. Offcials said that, combined with a prior 2023 conservation agreement, IID’s total conservation will total up to 800,000 acre-feet.",
        "“The sacrifices made by IID and the Imperial Valley in implementing this agreement set an example for the entire Basin to follow. There is no excuse for inaction anywhere on the river,” shared Jamie Asbury, IID General Manager.",
        "“This agreement is not only a milestone for the Colorado River system but a testament to the hard work and dedication of the Imperial Valley farming community,” she continued. “Our farmers have made significant sacrifices, adopting sustainable farming practices that should serve as a model for water conservation efforts moving forward. Their commitment to safeguarding this vital resource inspires us all.”",
    ],
)

page(
    "served/2026/01/13/post-2026-colorado-river-plans-enter-public-review.html",
    site="Western Water",
    title="Post-2026 Colorado River plans enter public review",
    head_title="Post-2026 Colorado River plans enter public review | Western Water",
    paras=[
        "<ul><li>Federal officials released a draft environmental review on January 9, 2026.</li><li>The review examines five possible approaches for managing reservoirs after 2026.</li><li>No preferred option has been selected as negotiations continue.</li><li>Public comments will be accepted through March 2, 2026.</li></ul>",
        "Tuesday, January 13, 2026 — On Friday, January 9, 2026, the Bureau of Reclamation released a draft Environmental Impact Statement that evaluates how the Colorado River’s major reservoirs could be operated after current guidelines expire at the end of 2026. The document marks a significant step in shaping the river’s future management during a period defined by long-term drought and declining water supplies.",
        "The Colorado River system has endured more than two decades of drought. Those conditions, combined with scientific forecasts indicating continued arid trends, have made it difficult for water managers and states to agree on a single path forward. The draft Environmental Impact Statement is intended to ensure that legally compliant operating rules are ready in time to avoid disruptions when existing agreements end.",
        "According to the Department of the Interior, the review process allows river operations to continue without interruption while negotiations among the basin states and other parties move forward.",
        "<h2>Why the Draft Review Matters.</h2>",
        "The Colorado River supplies water to more than 40 million people across seven states and supports agriculture on approximately 5.5 million acres of farmland. The system also generates hydropower, sustains ecosystems, and provides water to 30 Tribal Nations within the United States.",
        "Because of these competing demands, federal officials emphasized that delay is not an option. Interior leadership stated that environmental compliance must be in place before new operating rules can take effect in 2027.",
    ],
)
