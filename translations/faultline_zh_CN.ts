<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CanvasController</name>
    <message>
        <location filename="../widgets/canvas/canvascontroller.cpp" line="+65"/>
        <source>New %1</source>
        <translation>新%1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Rename &quot;%1&quot;</source>
        <translation>重命名“%1”</translation>
    </message>
</context>
<context>
    <name>FactorItem</name>
    <message>
        <location filename="../widgets/canvas/factoritem.cpp" line="+124"/>
        <source>Root cause in this interpretation</source>
        <translation>在此解读中为根本原因</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Failure modes: %1</source>
        <translation>失效模式：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(no label)</source>
        <translation>（无标签）</translation>
    </message>
    <message>
        <location line="+283"/>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
</context>
<context>
    <name>GapOverlayItem</name>
    <message>
        <location filename="../widgets/lens/gapoverlayitem.cpp" line="+22"/>
        <source>(not described)</source>
        <translation>（未描述）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Actual: %1
Ideal: %2</source>
        <translation>实际：%1
理想：%2</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>ACTUAL</source>
        <translation>实际</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IDEAL</source>
        <translation>理想</translation>
    </message>
</context>
<context>
    <name>InterventionMarkItem</name>
    <message>
        <location filename="../widgets/lens/interventionmarkitem.cpp" line="+25"/>
        <source>Intervened</source>
        <translation>已干预</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What-if: this factor is fixed. Press I again to undo the intervention.</source>
        <translation>假设推演：此因素视为已修复。再次按 I 可撤销干预。</translation>
    </message>
</context>
<context>
    <name>LensStyler</name>
    <message>
        <location filename="../widgets/lens/lensstyler.cpp" line="+164"/>
        <source>Lever</source>
        <translation>杠杆</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What-if</source>
        <translation>假设推演</translation>
    </message>
</context>
<context>
    <name>LensSummary</name>
    <message>
        <location filename="../widgets/lens/lenssummary.cpp" line="+49"/>
        <source>all %1%2 paths cut</source>
        <translation>全部 %1%2 条路径已切断</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its only path remains</source>
        <translation>其唯一路径仍然存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2%3 paths remain</source>
        <translation>%2%3 条路径中仍剩 %1 条</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Root cause lens: no factor is marked as a root cause in this reading.</source>
        <translation>根本原因视角：此解读中没有因素被标记为根本原因。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 path</source>
        <translation>1 条路径</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 paths</source>
        <translation>%1 条路径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root cause lens: %1 — %2 to %3 of %4 behaviours</source>
        <translation>根本原因视角：%1 — %2 通向 %4 个行为中的 %3 个</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Levers lens: lever notes on %1 of %2 factors. Select a factor and press I to see what fixing it would cut.</source>
        <translation>杠杆视角：%2 个因素中有 %1 个带有杠杆备注。选择一个因素并按 I，查看修复它会切断哪些路径。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 of %2 paths to %3 remain</source>
        <translation>通向 %3 的 %2 条路径中仍剩 %1 条</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all paths to %1 cut</source>
        <translation>通向 %1 的路径已全部切断</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fixing %1: </source>
        <translation>修复 %1：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no path to a behaviour passes it.</source>
        <translation>没有通向行为的路径经过它。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — the failure is fixed.</source>
        <translation> — 故障已修复。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gaps lens: 1 factor with a gap between actual and ideal.</source>
        <translation>差距视角：1 个因素的实际与理想之间存在差距。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gaps lens: %1 factors with a gap between actual and ideal.</source>
        <translation>差距视角：%1 个因素的实际与理想之间存在差距。</translation>
    </message>
</context>
<context>
    <name>LinkItem</name>
    <message>
        <location filename="../widgets/canvas/linkitem.cpp" line="+88"/>
        <source>strength %1</source>
        <translation>强度 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No evidence yet</source>
        <translation>尚无证据</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n evidence item(s), %1 contradicting</source>
        <translation>
            <numerusform>%n 条证据，其中 %1 条相反</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OnlyHereMarker</name>
    <message>
        <location filename="../widgets/compare/onlyheremarker.cpp" line="+34"/>
        <location line="+32"/>
        <source>only here</source>
        <translation>仅此处</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Only this reading has it</source>
        <translation>仅此解读包含</translation>
    </message>
</context>
<context>
    <name>faultline::AtomicWrite</name>
    <message>
        <location filename="../model/format/atomicwrite.cpp" line="+59"/>
        <source>%1: not a regular file (a folder, device or pipe); nothing was written</source>
        <translation>%1：不是普通文件（文件夹、设备或管道）；未写入任何内容</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+15"/>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>only %1 of %2 bytes written</source>
        <translation>仅写入了 %2 字节中的 %1 字节</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: cannot save: %2</source>
        <translation>%1：无法保存：%2</translation>
    </message>
</context>
<context>
    <name>faultline::CanvasAccessible</name>
    <message>
        <location filename="../widgets/canvas/canvasaccessible.cpp" line="+47"/>
        <source>%1 factor: %2</source>
        <translation>%1因素：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Link: %1 %2 %3</source>
        <translation>连线：%1 %2 %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Diagram of “%1”</source>
        <translation>“%1”的图表</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2 selected</source>
        <translation>%1，已选中 %2 项</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Links in: %1, links out: %2.</source>
        <translation>传入连线：%1，传出连线：%2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tab moves to the next factor, arrow keys move it, Enter edits its label, Ctrl+L starts a link, F6 moves to the next pane.</source>
        <translation>Tab 移到下一个因素，方向键移动它，Enter 编辑其标签，Ctrl+L 开始连线，F6 移到下一个窗格。</translation>
    </message>
</context>
<context>
    <name>faultline::CanvasLegend</name>
    <message>
        <location filename="../widgets/canvas/canvaslegend.cpp" line="+100"/>
        <source>evidence items (amber 0: none yet)</source>
        <translation>证据条数（琥珀色 0：尚无证据）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failure points tagged</source>
        <translation>已标记的失效点</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide what the line styles and marks mean</source>
        <translation>显示或隐藏线型和标记的含义</translation>
    </message>
</context>
<context>
    <name>faultline::CanvasTheme</name>
    <message>
        <location filename="../widgets/export/canvastheme.cpp" line="+34"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print (greyscale)</source>
        <translation>打印（灰度）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
</context>
<context>
    <name>faultline::CanvasView</name>
    <message>
        <location filename="../widgets/canvas/canvasview.cpp" line="+195"/>
        <source>Cut</source>
        <translation>剪切</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Duplicate</source>
        <translation>复制副本</translation>
    </message>
</context>
<context>
    <name>faultline::ChangeListPanel</name>
    <message>
        <location filename="../widgets/versioning/changelistpanel.cpp" line="+39"/>
        <source>Compare with a file or an earlier version (File menu).</source>
        <translation>与文件或较早的版本比较（“文件”菜单）。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) since %1</source>
        <translation>
            <numerusform>自 %1 以来有 %n 处更改</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faultline::Checklist</name>
    <message>
        <location filename="../model/checklist.cpp" line="+88"/>
        <source>Reward misspecified</source>
        <translation>奖励设定错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reward function scores something other than what the designers intended, so maximising it does not produce the intended behaviour.</source>
        <translation>奖励函数衡量的并非设计者的本意，因此将其最大化并不会产生预期行为。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken game mechanics</source>
        <translation>游戏机制缺陷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The game or task rules contain an unintended way to earn reward, such as respawning targets or an exploitable scoring bug (the problem statement lists this point under the reward function; it is filed under environment here because the rules belong to the game).</source>
        <translation>游戏或任务规则中存在获得奖励的非预期途径，例如会重新生成的目标或可被利用的计分缺陷（问题陈述将此项列在奖励函数之下；此处将其归入环境，因为规则属于游戏）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lacks diverse training environments</source>
        <translation>训练环境缺乏多样性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training environments vary too little, so features that happen to co-occur with the goal in training can be learned in its place.</source>
        <translation>训练环境变化太少，因此训练中恰好与目标同时出现的特征可能被当作目标学到。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken physics</source>
        <translation>物理模拟缺陷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The simulated physics allows movements or forces that would be impossible in the world the task models.</source>
        <translation>模拟的物理允许出现在任务所建模的世界中不可能发生的运动或力。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicting environmental cues for reward</source>
        <translation>环境中的奖励线索相互冲突</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More than one feature of the environment predicts reward in training, and they come apart at test time.</source>
        <translation>训练中有不止一个环境特征能预测奖励，而在测试时它们出现分离。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inappropriate inductive bias</source>
        <translation>不恰当的归纳偏置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The learning algorithm or architecture prefers a simple proxy feature over the intended goal when both fit the training data.</source>
        <translation>当简单的代理特征与预期目标都能拟合训练数据时，学习算法或架构更偏好前者。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reward shaping not potential-based</source>
        <translation>奖励塑形并非基于势函数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intermediate shaping rewards are not a difference of potentials, so they change which policy is optimal and can be farmed.</source>
        <translation>中间塑形奖励不是势函数之差，因此会改变最优策略，并可能被反复刷取。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome specified too loosely</source>
        <translation>结果设定过于宽松</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reward checks a measurable outcome that a shortcut can achieve without the intended process.</source>
        <translation>奖励检查的是一个可测量的结果，而走捷径无需预期过程即可达成。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learned reward model or evaluator fooled</source>
        <translation>学习到的奖励模型或评估者被欺骗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A learned reward model or human evaluator rewards what looks right from its vantage point, and the agent exploits the gap.</source>
        <translation>学习到的奖励模型或人类评估者奖励从其视角看起来正确的东西，而智能体利用了这一差距。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reward-function tampering</source>
        <translation>篡改奖励函数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent changes the reward function itself, such as its code or parameters, instead of doing the task.</source>
        <translation>智能体直接修改奖励函数本身（例如其代码或参数），而不是完成任务。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reward-input tampering</source>
        <translation>奖励输入篡改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent corrupts the inputs the reward function reads, such as its observations, while the reward function itself stays intact.</source>
        <translation>智能体篡改奖励函数读取的输入（例如其观测），而奖励函数本身保持不变。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulator or emulator bug</source>
        <translation>模拟器或仿真器缺陷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A bug in the simulator, emulator or game code gives reward or movement that the real task would not allow.</source>
        <translation>模拟器、仿真器或游戏代码中的缺陷带来了真实任务不允许的奖励或移动。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spurious correlation in the training distribution</source>
        <translation>训练分布中的虚假相关</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A feature that is correlated with the goal only in the training distribution is learned as the goal.</source>
        <translation>仅在训练分布中与目标相关的特征被当作目标学到。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distribution shift between training and test</source>
        <translation>训练与测试之间的分布偏移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The test situation differs from training in a way the agent was never exposed to.</source>
        <translation>测试情境与训练有所不同，且这种差异是智能体从未接触过的。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Horizon or episode-length shift</source>
        <translation>时间跨度或回合长度偏移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent is deployed over a longer horizon or without resets, unlike in training.</source>
        <translation>与训练时不同，智能体在更长的时间跨度上或在无重置的情况下被部署。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capabilities generalise, goal does not</source>
        <translation>能力泛化而目标未泛化（目标错误泛化）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent keeps its skills out of distribution but pursues a goal other than the intended one, even under a correct specification.</source>
        <translation>智能体在分布外仍保有其能力，但即使在规范正确的情况下也追求一个非预期的目标。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Premature exploitation or too little exploration</source>
        <translation>过早利用或探索不足</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The learner settles on the first rewarding strategy it finds and stops exploring alternatives.</source>
        <translation>学习者固守其找到的第一个有回报的策略，不再探索其他方案。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model exploitation in model-based RL</source>
        <translation>基于模型的强化学习中的模型漏洞利用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent plans against errors of its learned world model rather than the real dynamics.</source>
        <translation>智能体针对其学到的世界模型的误差进行规划，而不是针对真实的动态。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stuck in a local optimum</source>
        <translation>陷入局部最优</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The optimiser converges to a poor strategy that small changes cannot improve.</source>
        <translation>优化器收敛到一个较差的策略，小幅改动无法使其改进。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong optimisation finds unintended solutions</source>
        <translation>强优化找到非预期的解</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Powerful search (self-play, evolution strategies) explores far enough to find loopholes a designer did not foresee.</source>
        <translation>强大的搜索（自我对弈、进化策略）探索得足够远，从而找到设计者未曾预见的漏洞。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negative side effects</source>
        <translation>负面副作用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The objective says nothing about parts of the environment the designers care about, so the agent disturbs them.</source>
        <translation>目标函数没有涉及设计者关心的环境部分，因此智能体会扰乱它们。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reward hacking</source>
        <translation>奖励破解（reward hacking）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent finds a way to obtain high reward that defeats the designers&apos; intent.</source>
        <translation>智能体找到了一种获得高奖励的方式，却违背了设计者的意图。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oversight too sparse or too costly</source>
        <translation>监督过于稀疏或成本过高</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The intended behaviour can only be checked rarely or expensively, so training relies on a weaker proxy.</source>
        <translation>预期行为只能偶尔或以高昂代价进行检查，因此训练依赖于较弱的代理指标。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsafe exploration</source>
        <translation>不安全的探索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exploratory actions can cause damage that cannot be undone.</source>
        <translation>探索性动作可能造成无法挽回的损害。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intent left implicit</source>
        <translation>意图未明确表达</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The designers&apos; goal was never written down beyond the reward, so nothing rules out unwanted solutions.</source>
        <translation>设计者的目标除奖励之外从未被明确写下，因此没有任何东西排除不想要的解。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learns too slowly for its own impact</source>
        <translation>学习速度跟不上自身造成的影响</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In online learning without resets, the learner changes its policy more slowly than its actions change the environment, so it does damage before learning catches up.</source>
        <translation>在无重置的在线学习中，学习者改变策略的速度慢于其动作改变环境的速度，因此在学习跟上之前就已造成损害。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortcut to the measured outcome within reach</source>
        <translation>存在通往被测结果的捷径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The environment lets the agent produce the measured outcome by a cheaper action than the intended one, such as flipping an object instead of moving it.</source>
        <translation>环境允许智能体用比预期更省事的动作产生被测结果，例如把物体翻转而不是移动它。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluator&apos;s view cannot tell success from its appearance</source>
        <translation>评估者的视角无法区分真正的成功与表面的成功</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The evaluator sees the task through a view, such as a single camera without depth cues, in which looking successful and being successful look alike.</source>
        <translation>评估者通过某种视角观察任务（例如没有深度线索的单个摄像头），在此视角下看起来成功与真正成功难以区分。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failure of abstraction</source>
        <translation>抽象失效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The task is specified on wrong assumptions about the simulator or the world, and the agent exploits where reality departs from them.</source>
        <translation>任务基于对模拟器或现实世界的错误假设而设定，智能体利用现实与这些假设不符之处。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-induced distribution shift</source>
        <translation>自身引起的分布偏移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s own behaviour changes the distribution of its inputs, for example as its skill grows, so it meets situations it did not train on.</source>
        <translation>智能体自身的行为改变了其输入的分布（例如随着技能提高），使其遇到训练中未曾遇到的情况。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reward-model over-optimisation</source>
        <translation>奖励模型过度优化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A learned reward model is an imperfect proxy, and optimising it too hard lowers the true performance.</source>
        <translation>学习得到的奖励模型只是不完美的代理，对其优化过度会降低真实表现。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluator manipulation</source>
        <translation>操纵评估者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent acts on what the evaluator perceives, tricking or misleading it, instead of on the task the evaluator checks.</source>
        <translation>智能体作用于评估者所感知的内容，欺骗或误导评估者，而不是作用于评估者所检查的任务。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learned optimisation or deceptive alignment</source>
        <translation>习得的优化或欺骗性对齐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The trained model is itself an optimiser whose objective may differ from the training objective and may only appear aligned while it is trained (an open question of the problem statement).</source>
        <translation>训练出的模型本身就是一个优化器，其目标可能与训练目标不同，并且可能只在训练期间看起来是对齐的（这是问题陈述中的一个开放问题）。</translation>
    </message>
</context>
<context>
    <name>faultline::ChecklistPanel</name>
    <message>
        <location filename="../widgets/panels/checklistpanel.cpp" line="+36"/>
        <source>Implicated</source>
        <translation>涉及</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ruled out</source>
        <translation>已排除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not considered</source>
        <translation>未考虑</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Rule Out…</source>
        <translation>排除…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consider Again</source>
        <translation>重新考虑</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Failure point</source>
        <translation>失效点</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tagged on / reason</source>
        <translation>标记于 / 理由</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why this failure point does not apply to this reading</source>
        <translation>说明此失效点为何不适用于此解读</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the ruled-out mark</source>
        <translation>移除“已排除”标记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New failure point for the selected area…</source>
        <translation>为所选领域新建失效点…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adds a failure point to this document&apos;s checklist, in the area of the selected row</source>
        <translation>在所选行所属的领域中，向此文档的检查清单添加一个失效点</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>No interpretation</source>
        <translation>无解读</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 of %2 considered</source>
        <translation>已考虑 %2 项中的 %1 项</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Area ruled out · %1 of %2</source>
        <translation>领域已排除 · %1 / %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Area ruled out: %1</source>
        <translation>领域已排除：%1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Tagged on a factor of this reading; click to select it</source>
        <translation>已标记在此解读的某个因素上；点击以选中它</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 of %2 failure points considered in “%3”</source>
        <translation>“%3”中已考虑 %2 个失效点中的 %1 个</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Rule out failure point</source>
        <translation>排除失效点</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consider failure point again</source>
        <translation>重新考虑失效点</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rule out area</source>
        <translation>排除该领域</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consider area again</source>
        <translation>重新考虑该领域</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Add checklist entry</source>
        <translation>添加检查清单条目</translation>
    </message>
</context>
<context>
    <name>faultline::Cli</name>
    <message>
        <location filename="../app/cli/checklistcommand.cpp" line="+13"/>
        <source>usage: faultline checklist FILE [--interpretation ID|NAME] [--format md|csv] [-o OUT]</source>
        <translation>用法：faultline checklist FILE [--interpretation ID|NAME] [--format md|csv] [-o OUT]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  prints the failure-mode checklist with each entry&apos;s status for one interpretation (default: the first; format: md)</source>
        <translation>  输出某个解读的失效模式检查清单及每项的状态（默认：第一个解读；格式：md）</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>option %1 needs a value</source>
        <translation>选项 %1 需要一个值</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one FILE only, got %1 and %2</source>
        <translation>只能指定一个 FILE，实际为 %1 和 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown format &quot;%1&quot; (use md or csv)</source>
        <translation>未知格式“%1”（请使用 md 或 csv）</translation>
    </message>
    <message>
        <location line="+29"/>
        <location filename="../app/cli/convertcommand.cpp" line="+74"/>
        <source>wrote %1 (interpretation &quot;%2&quot;)</source>
        <translation>已写入 %1（解读“%2”）</translation>
    </message>
    <message>
        <location filename="../app/cli/subcommand.cpp" line="+20"/>
        <source>validate FILE...        check files, print errors with their JSON path</source>
        <translation>validate FILE...        检查文件，输出错误及其 JSON 路径</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>convert IN OUT [--interpretation ID|NAME]   .faultline/.dot/.gv to .faultline/.dot/.gv/.graphml/.mmd</source>
        <translation>convert IN OUT [--interpretation ID|NAME]   将 .faultline/.dot/.gv 转换为 .faultline/.dot/.gv/.graphml/.mmd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cruxes FILE [--interpretations A,B,...] [--matrix] [--json]   where readings disagree</source>
        <translation>cruxes FILE [--interpretations A,B,...] [--matrix] [--json]   各解读的分歧之处</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>export FILE [--interpretation ID|NAME]... [--all] [--compare A,B[,C]] --format png|svg|pdf -o OUT   diagrams for slides and papers (see export --help)</source>
        <translation>export FILE [--interpretation ID|NAME]... [--all] [--compare A,B[,C]] --format png|svg|pdf -o OUT   用于幻灯片和论文的图表（参见 export --help）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>checklist FILE [--interpretation ID|NAME] [--format md|csv] [-o OUT]   checklist status table</source>
        <translation>checklist FILE [--interpretation ID|NAME] [--format md|csv] [-o OUT]   检查清单状态表</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>summary FILE [--interpretations A,B,...] -o OUT.md|OUT.pdf   discussion session summary</source>
        <translation>summary FILE [--interpretations A,B,...] -o OUT.md|OUT.pdf   讨论会总结</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>diff OLD NEW [--json] [--ignore-layout]   changes between two versions, matched by id</source>
        <translation>diff 旧 新 [--json] [--ignore-layout]   两个版本之间的更改，按 ID 匹配</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>outline FILE            one line per element (git diff textconv)</source>
        <translation>outline 文件            每个元素一行（git diff 的 textconv）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>merge BASE OURS THEIRS -o OUT   three-way merge (git merge driver); exit 1 with conflicts</source>
        <translation>merge 基础 我方 对方 -o 输出   三方合并（git 合并驱动）；有冲突时退出码为 1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>git-setup [--global]    set up git&apos;s diff and merge drivers for .faultline files</source>
        <translation>git-setup [--global]    为 .faultline 文件设置 git 的 diff 和合并驱动</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+23"/>
        <source>usage: faultline [FILE]                 open the editor</source>
        <translation>用法：faultline [FILE]                  打开编辑器</translation>
    </message>
    <message>
        <location filename="../app/cli/convertcommand.cpp" line="-61"/>
        <source>usage: faultline convert IN OUT [--interpretation ID|NAME]</source>
        <translation>用法：faultline convert IN OUT [--interpretation ID|NAME]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  formats by extension: .faultline, .dot/.gv (read and write), .graphml, .mmd (write)</source>
        <translation>  按扩展名区分格式：.faultline、.dot/.gv（读写）、.graphml、.mmd（仅写）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>faultline convert: unknown option %1</source>
        <translation>faultline convert：未知选项 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>faultline convert: converting %1 (laying out)</source>
        <translation>faultline convert：正在转换 %1（正在布局）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>faultline convert: warning: %1</source>
        <translation>faultline convert：警告：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>faultline convert: %1</source>
        <translation>faultline convert：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/interpretationarguments.cpp" line="+25"/>
        <source>--interpretations needs a comma-separated list of interpretation ids or names</source>
        <translation>--interpretations 需要以逗号分隔的解读 ID 或名称列表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs an interpretation id or name</source>
        <translation>%1 需要一个解读的 ID 或名称</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--interpretations given twice</source>
        <translation>--interpretations 被指定了两次</translation>
    </message>
    <message>
        <location filename="../app/cli/commandprologue.cpp" line="+85"/>
        <location filename="../app/cli/exportcommand.cpp" line="+74"/>
        <location filename="../app/cli/versionarguments.cpp" line="+21"/>
        <source>unknown option &quot;%1&quot;</source>
        <translation>未知选项“%1”</translation>
    </message>
    <message>
        <location filename="../app/cli/cruxescommand.cpp" line="+13"/>
        <source>usage: faultline cruxes FILE [--interpretation ID|NAME]... [--interpretations ID,ID,...] [--matrix] [--json]</source>
        <translation>用法：faultline cruxes 文件 [--interpretation ID|名称]... [--interpretations ID,ID,...] [--matrix] [--json]</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>unexpected argument &quot;%1&quot; (only one FILE can be compared)</source>
        <translation>意外的参数“%1”（只能比较一个 FILE）</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/cli/exportcommand.cpp" line="+105"/>
        <location filename="../app/cli/summarycommand.cpp" line="+61"/>
        <source>missing FILE</source>
        <translation>缺少 FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/interpretationarguments.cpp" line="+13"/>
        <source>name at least two interpretations, found &quot;%1&quot;</source>
        <translation>请至少指定两个解读，收到的是“%1”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>interpretation name &quot;%1&quot; is ambiguous (ids %2); use an id</source>
        <translation>解读名称“%1”有歧义（ID 为 %2）；请使用 ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown interpretation &quot;%1&quot; (the file has: %2)</source>
        <translation>未知解读“%1”（文件中有：%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>interpretation &quot;%1&quot; is named twice</source>
        <translation>解读“%1”被列出两次</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="-161"/>
        <source>usage: faultline export FILE [--interpretation ID|NAME]... [--all] [--compare A,B[,C]]
         --format png|svg|pdf [--dpi N | --size WxH] [--page slide|a4|a4-portrait|fit]
         [--theme light|dark|print|contrast] [--transparent] [--no-legend] [--legend right|bottom]
         [--no-title] [--title TEXT] [--references] [--lens plain|root-cause|levers|gaps]
         [--margin N] [--cruxes] [--annotations] -o OUT</source>
        <translation>用法：faultline export FILE [--interpretation ID|NAME]... [--all] [--compare A,B[,C]]
         --format png|svg|pdf [--dpi N | --size WxH] [--page slide|a4|a4-portrait|fit]
         [--theme light|dark|print|contrast] [--transparent] [--no-legend] [--legend right|bottom]
         [--no-title] [--title TEXT] [--references] [--lens plain|root-cause|levers|gaps]
         [--margin N] [--cruxes] [--annotations] -o OUT</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--compare given twice</source>
        <translation>--compare 被指定了两次</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--compare needs two or three interpretations separated by commas, found &quot;%1&quot;</source>
        <translation>--compare 需要两个或三个以逗号分隔的解读，实际为“%1”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown format &quot;%1&quot; (use png, svg or pdf)</source>
        <translation>未知格式“%1”（请使用 png、svg 或 pdf）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--dpi needs a number from 24 to 2400, found &quot;%1&quot;</source>
        <translation>--dpi 需要 24 至 2400 之间的数字，实际为“%1”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--size needs WIDTHxHEIGHT in pixels (16 to 16384 each), e.g. 1920x1080; found &quot;%1&quot;</source>
        <translation>--size 需要以像素为单位的 宽x高（各 16 至 16384），例如 1920x1080；实际为“%1”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown page &quot;%1&quot; (use slide, a4, a4-portrait or fit)</source>
        <translation>未知页面“%1”（请使用 slide、a4、a4-portrait 或 fit）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown theme &quot;%1&quot; (use light, dark, print or contrast)</source>
        <translation>未知主题“%1”（请使用 light、dark、print 或 contrast）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown lens &quot;%1&quot; (use plain, root-cause, levers or gaps)</source>
        <translation>未知视角“%1”（请使用 plain、root-cause、levers 或 gaps）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown legend position &quot;%1&quot; (use right or bottom)</source>
        <translation>未知图例位置“%1”（请使用 right 或 bottom）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--margin needs a number from 0 to 400, found &quot;%1&quot;</source>
        <translation>--margin 需要 0 至 400 之间的数字，实际为“%1”</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unexpected argument &quot;%1&quot; (only one FILE can be exported)</source>
        <translation>意外的参数“%1”（只能导出一个 FILE）</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/cli/mergecommand.cpp" line="+34"/>
        <source>missing -o OUT</source>
        <translation>缺少 -o OUT</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing --format png|svg|pdf</source>
        <translation>缺少 --format png|svg|pdf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>choose one of --interpretation, --all and --compare</source>
        <translation>请在 --interpretation、--all 和 --compare 中选择一个</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--cruxes applies to --compare only</source>
        <translation>--cruxes 仅适用于 --compare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose one of --dpi and --size</source>
        <translation>请在 --dpi 和 --size 中选择一个</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--dpi, --size and --transparent apply to PNG only</source>
        <translation>--dpi、--size 和 --transparent 仅适用于 PNG</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 has no interpretation to export</source>
        <translation>%1 中没有可导出的解读</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="+13"/>
        <source>usage: faultline validate FILE...</source>
        <translation>用法：faultline validate FILE...</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unresolved merge conflict: %1</source>
        <translation>未解决的合并冲突：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/summarycommand.cpp" line="-46"/>
        <source>usage: faultline summary FILE [--interpretations A,B,...] -o OUT.md|OUT.pdf
  Without --interpretations the summary covers the comparison the discussion
  recorded most about, or the first two interpretations when nothing is recorded.</source>
        <translation>用法：faultline summary FILE [--interpretations A,B,...] -o OUT.md|OUT.pdf
  不指定 --interpretations 时，总结涵盖讨论中记录最多的那次比较；
  若没有任何记录，则涵盖前两个解读。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 needs a file name ending in .md or .pdf</source>
        <translation>%1 需要以 .md 或 .pdf 结尾的文件名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>-o given twice</source>
        <translation>-o 被指定了两次</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unexpected argument &quot;%1&quot; (only one FILE)</source>
        <translation>意外的参数“%1”（只能指定一个 FILE）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>missing -o OUT.md or -o OUT.pdf</source>
        <translation>缺少 -o OUT.md 或 -o OUT.pdf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot tell the output format from &quot;%1&quot;: use a name ending in .md or .pdf</source>
        <translation>无法从“%1”判断输出格式：请使用以 .md 或 .pdf 结尾的名称</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/terminalprogress.h" line="+27"/>
        <source>… %n s</source>
        <translation>
            <numerusform>… %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/diffcommand.cpp" line="+14"/>
        <source>usage: faultline diff OLD NEW [--json] [--ignore-layout]</source>
        <translation>用法：faultline diff 旧 新 [--json] [--ignore-layout]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exit 0 when equal, 1 when different, 2 on an error</source>
        <translation>相同时退出码为 0，不同时为 1，出错时为 2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected two files, OLD and NEW</source>
        <translation>需要两个文件：旧 和 新</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>usage: faultline outline FILE</source>
        <translation>用法：faultline outline 文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected one FILE</source>
        <translation>需要一个文件</translation>
    </message>
    <message>
        <location filename="../app/cli/mergecommand.cpp" line="-10"/>
        <source>usage: faultline merge BASE OURS THEIRS -o OUT</source>
        <translation>用法：faultline merge 基础 我方 对方 -o 输出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exit 0 when merged cleanly, 1 when OUT holds conflicts, 2 on an error</source>
        <translation>合并无冲突时退出码为 0，输出含冲突时为 1，出错时为 2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected three files, BASE OURS THEIRS</source>
        <translation>需要三个文件：基础 我方 对方</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: moved on both sides, ours kept</source>
        <translation>%1：双方都移动了，保留我方位置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>conflict: %1</source>
        <translation>冲突：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %n conflict(s) to resolve in Faultline</source>
        <translation>
            <numerusform>%1：有 %n 个冲突需要在 Faultline 中解决</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>usage: faultline git-setup [--global]</source>
        <translation>用法：faultline git-setup [--global]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>意外的参数“%1”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not in a git repository (use --global for every repository): %1</source>
        <translation>不在 git 仓库中（使用 --global 可用于所有仓库）：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/versionarguments.cpp" line="-5"/>
        <source>-o needs a file name</source>
        <translation>-o 需要一个文件名</translation>
    </message>
</context>
<context>
    <name>faultline::Command</name>
    <message>
        <location filename="../model/editing/documenteditor.cpp" line="+489"/>
        <source>Add kinds and failure modes</source>
        <translation>添加类型和失效模式</translation>
    </message>
    <message>
        <location filename="../model/commands/addfactorcommand.cpp" line="+16"/>
        <source>Add factor &quot;%1&quot;</source>
        <translation>添加因素“%1”</translation>
    </message>
    <message>
        <location filename="../model/commands/applylayoutcommand.cpp" line="+14"/>
        <source>Automatic layout</source>
        <translation>自动布局</translation>
    </message>
    <message>
        <location filename="../model/commands/evidencepresencecommand.cpp" line="+28"/>
        <source>Add evidence</source>
        <translation>添加证据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete evidence</source>
        <translation>删除证据</translation>
    </message>
    <message>
        <location filename="../model/commands/importinterpretationscommand.cpp" line="+41"/>
        <source>Import interpretation &quot;%1&quot;</source>
        <translation>导入解读“%1”</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Import %n interpretation(s)</source>
        <translation>
            <numerusform>导入 %n 个解读</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/commands/interpretationpresencecommand.cpp" line="+28"/>
        <source>Add interpretation &quot;%1&quot;</source>
        <translation>添加解读“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete interpretation &quot;%1&quot;</source>
        <translation>删除解读“%1”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <location filename="../model/commands/linkpresencecommand.cpp" line="+31"/>
        <source>Link %1</source>
        <translation>连接 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete link %1</source>
        <translation>删除连线 %1</translation>
    </message>
    <message>
        <location filename="../model/commands/movefactorscommand.cpp" line="+28"/>
        <source>Move factor</source>
        <translation>移动因素</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Move %n factors</source>
        <translation>
            <numerusform>移动 %n 个因素</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/commands/moveinterpretationcommand.cpp" line="+9"/>
        <source>Reorder interpretations</source>
        <translation>重新排列解读</translation>
    </message>
    <message>
        <location filename="../model/commands/placefactorcommand.cpp" line="+30"/>
        <source>Remove &quot;%1&quot; from interpretation</source>
        <translation>从解读中移除“%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &quot;%1&quot; to interpretation</source>
        <translation>将“%1”添加到解读</translation>
    </message>
    <message>
        <location filename="../model/commands/removefactorcommand.cpp" line="+28"/>
        <source>Delete factor &quot;%1&quot;</source>
        <translation>删除因素“%1”</translation>
    </message>
    <message>
        <location filename="../model/commands/sourcepresencecommand.cpp" line="+30"/>
        <source>Add source &quot;%1&quot;</source>
        <translation>添加来源“%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete source &quot;%1&quot;</source>
        <translation>删除来源“%1”</translation>
    </message>
    <message>
        <location filename="../model/versioning/resolveconflictcommand.cpp" line="+12"/>
        <source>Resolve merge conflict</source>
        <translation>解决合并冲突</translation>
    </message>
</context>
<context>
    <name>faultline::CompareController</name>
    <message>
        <location filename="../app/controllers/comparecontroller.cpp" line="+45"/>
        <source>Common layout failed: %1</source>
        <translation>公共布局失败：%1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Comparing needs at least two interpretations: add or duplicate one first.</source>
        <translation>比较至少需要两个解读：请先添加或复制一个解读。</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>summary</source>
        <translation>总结</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>-summary</source>
        <translation>-总结</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>Save Discussion Summary</source>
        <translation>保存讨论总结</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown (*.md);;PDF (*.pdf)</source>
        <translation>Markdown (*.md);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>Summary saved to %1</source>
        <translation>总结已保存到 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save Summary</source>
        <translation>保存总结</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not save the summary to %1:
%2</source>
        <translation>无法将总结保存到 %1：
%2</translation>
    </message>
</context>
<context>
    <name>faultline::CompareSlide</name>
    <message>
        <location filename="../widgets/discussion/compareslide.cpp" line="+62"/>
        <source>The readings side by side</source>
        <translation>各解读并排对照</translation>
    </message>
</context>
<context>
    <name>faultline::CompareView</name>
    <message>
        <location filename="../widgets/compare/compareview.cpp" line="+269"/>
        <source>Show differences</source>
        <translation>显示差异</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Back to Editing</source>
        <translation>返回编辑</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Draw what other readings have as dashed ghosts and tag what only one reading has</source>
        <translation>以虚线幻影绘制其他解读包含的内容，并标记仅某一解读包含的内容</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Common Layout</source>
        <translation>公共布局</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Lay out all compared readings together, so every factor has one place that suits every column (the readings are not changed)</source>
        <translation>将所有被比较的解读一起布局，使每个因素在各列中都处于同一合适位置（解读本身不会改变）</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Cruxes: %1</source>
        <translation>分歧点：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom every column so the whole diagram fits</source>
        <translation>缩放每一列，使整个图表完整显示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return to the editor (Esc)</source>
        <translation>返回编辑器（Esc）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F8 / Shift+F8: next / previous</source>
        <translation>F8 / Shift+F8：下一个 / 上一个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root causes</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist coverage</source>
        <translation>检查清单覆盖情况</translation>
    </message>
    <message numerus="yes">
        <location line="-27"/>
        <source>Comparing %n readings</source>
        <translation>
            <numerusform>正在比较 %n 个解读</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Comparing %n readings of “%1”</source>
        <translation>
            <numerusform>正在比较“%1”的 %n 个解读</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Discussion</source>
        <translation>讨论</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>by %1</source>
        <translation>作者：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n factor(s)</source>
        <translation>
            <numerusform>%n 个因素</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n 条连线</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n only here</source>
        <translation>
            <numerusform>%n 个仅此处有</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n missing</source>
        <translation>
            <numerusform>缺少 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Laying Out…</source>
        <translation>正在布局…</translation>
    </message>
</context>
<context>
    <name>faultline::Confirmation</name>
    <message numerus="yes">
        <location filename="../widgets/panels/confirmation.cpp" line="+16"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… 以及另外 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faultline::ConflictsPanel</name>
    <message>
        <location filename="../widgets/versioning/conflictspanel.cpp" line="+100"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
Base: %2
Ours: %3
Theirs: %4</source>
        <translation>%1
基础：%2
我方：%3
对方：%4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No merge conflicts.</source>
        <translation>没有合并冲突。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n merge conflict(s) to resolve. The file keeps them until each is resolved.</source>
        <translation>
            <numerusform>有 %n 个合并冲突需要解决。在全部解决之前，文件会保留它们。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take Ours</source>
        <translation>采用我方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take Theirs</source>
        <translation>采用对方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
</context>
<context>
    <name>faultline::Convert</name>
    <message>
        <location filename="../model/interchange/interchangeconverter.cpp" line="+37"/>
        <source>%1: Faultline can write this format but not read it; convert from .faultline or .dot</source>
        <translation>%1：Faultline 可以写入但无法读取此格式；请从 .faultline 或 .dot 转换</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Automatic layout failed: %1</source>
        <translation>自动布局失败：%1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the incident has no interpretation to export</source>
        <translation>该事件没有可导出的解读</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>several interpretations are named &quot;%1&quot;; give its id</source>
        <translation>有多个解读名为“%1”；请指定其 ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no interpretation &quot;%1&quot; (ids: %2)</source>
        <translation>没有解读“%1”（ID：%2）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: unknown file type (use .faultline, .dot, .gv, .graphml or .mmd)</source>
        <translation>%1：未知文件类型（请使用 .faultline、.dot、.gv、.graphml 或 .mmd）</translation>
    </message>
</context>
<context>
    <name>faultline::CoverageWidget</name>
    <message>
        <location filename="../widgets/compare/coveragewidget.cpp" line="+23"/>
        <source>implicated</source>
        <translation>涉及</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ruled out</source>
        <translation>已排除</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not considered</source>
        <translation>未考虑</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Checklist coverage</source>
        <translation>检查清单覆盖情况</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Failure point</source>
        <translation>失效点</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Considered</source>
        <translation>已考虑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>● implicated   ✕ ruled out   – not considered</source>
        <translation>● 涉及   ✕ 已排除   – 未考虑</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+18"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>%1 implicated, %2 ruled out, %3 not considered</source>
        <translation>%1 项涉及，%2 项已排除，%3 项未考虑</translation>
    </message>
</context>
<context>
    <name>faultline::Crux</name>
    <message>
        <location filename="../model/compare/crux.cpp" line="+18"/>
        <source>Area</source>
        <translation>领域</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failure point</source>
        <translation>失效点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>连线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Factor</source>
        <translation>因素</translation>
    </message>
</context>
<context>
    <name>faultline::CruxDescriber</name>
    <message>
        <location filename="../model/compare/cruxdescriber.cpp" line="+19"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Is the %1 area to blame?</source>
        <translation>问题出在 %1 领域吗？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Is %1 part of this failure?</source>
        <translation>%1 是这次失败的一部分吗？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Is %1 a root cause?</source>
        <translation>%1 是根本原因吗？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does %1 play a part?</source>
        <translation>%1 起作用吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which lever fits %1?</source>
        <translation>哪个杠杆适合 %1？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Which way do %1 and %2 act?</source>
        <translation>%1 与 %2 之间的作用方向如何？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does %1 hold?</source>
        <translation>%1 成立吗？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How does %1 act on %2?</source>
        <translation>%1 如何作用于 %2？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How strong is %1?</source>
        <translation>%1 有多强？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Does %1 support %2?</source>
        <translation>%1 支持 %2 吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How far to trust %1 on %2?</source>
        <translation>在 %2 上，%1 有多可信？</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+156"/>
        <location line="+4"/>
        <source>does not use it</source>
        <translation>未使用</translation>
    </message>
    <message>
        <location line="-157"/>
        <location line="+155"/>
        <source>root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>uses it, not as a root cause</source>
        <translation>使用，但不作为根本原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+151"/>
        <source>uses it</source>
        <translation>使用</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>rules out the %1 area</source>
        <translation>排除 %1 领域</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>with %n link(s) only it draws</source>
        <translation>
            <numerusform>带有 %n 条仅它画出的连线</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>implicating %n failure point(s)</source>
        <translation>
            <numerusform>涉及 %n 个失效点</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lever: %1</source>
        <translation>杠杆：%1</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+2"/>
        <source>does not use %1</source>
        <translation>未使用 %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+23"/>
        <source>no such link</source>
        <translation>没有这条连线</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>%1, strength %2</source>
        <translation>%1，强度 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>both ways: %1</source>
        <translation>双向：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+163"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>does not use</source>
        <translation>未使用</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+122"/>
        <location line="+2"/>
        <source>does not cite it</source>
        <translation>未引用</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>confidence %1</source>
        <translation>置信度 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cites it: %1</source>
        <translation>引用：%1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>link %1</source>
        <translation>连线 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>failure point %1</source>
        <translation>失效点 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the %1 area</source>
        <translation>%1 领域</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>rules it out</source>
        <translation>排除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rules it out: %1</source>
        <translation>排除：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>blames it</source>
        <translation>归咎于它</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>implicates it</source>
        <translation>牵涉</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 via %2</source>
        <translation>%1（经由 %2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no verdict</source>
        <translation>无结论</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>does not consider it</source>
        <translation>未考虑</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a root cause</source>
        <translation>不是根本原因</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no lever note</source>
        <translation>无杠杆说明</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>both ways</source>
        <translation>双向</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>no link</source>
        <translation>无连线</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>does not use both factors</source>
        <translation>未同时使用两个因素</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>supports</source>
        <translation>支持</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contradicts</source>
        <translation>反驳</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supports and contradicts</source>
        <translation>既支持又反驳</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verdict: %1</source>
        <translation>结论：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Used: %1</source>
        <translation>使用：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Root cause: %1</source>
        <translation>根本原因：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lever: %1</source>
        <translation>杠杆：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failure point: %1</source>
        <translation>失效点：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Direction: %1</source>
        <translation>方向：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relation: %1</source>
        <translation>关系：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strength: %1</source>
        <translation>强度：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sources cited: %1</source>
        <translation>引用的来源：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stance: %1</source>
        <translation>立场：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confidence: %1</source>
        <translation>置信度：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comes with: %1</source>
        <translation>随之而来：%1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Failure point %1: ruled out by %2; not considered by %3</source>
        <translation>失效点 %1：%2 排除；%3 未考虑</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Area %1: ruled out by %2; not considered by %3</source>
        <translation>领域 %1：%2 排除；%3 未考虑</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lever at %1: noted by %2; not by %3</source>
        <translation>%1 处的杠杆：%2 有说明；%3 没有</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 on %2: cited by %3; not by %4</source>
        <translation>%1 关于 %2：%3 引用；%4 未引用</translation>
    </message>
</context>
<context>
    <name>faultline::CruxListWidget</name>
    <message>
        <location filename="../widgets/compare/cruxlistwidget.cpp" line="+149"/>
        <source>Cruxes</source>
        <translation>分歧点</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n evidence</source>
        <translation>
            <numerusform>%n 条证据</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Resolved: %1</source>
        <translation>已解决：%1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No cruxes: these readings agree on every factor, link and verdict.</source>
        <translation>没有分歧点：这些解读在每个因素、每条连线和每项判断上都一致。</translation>
    </message>
</context>
<context>
    <name>faultline::CruxReport</name>
    <message>
        <location filename="../model/compare/cruxreport.cpp" line="+61"/>
        <location line="+83"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Area</source>
        <translation>领域</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Root-cause matrix:</source>
        <translation>根本原因矩阵：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checklist coverage:</source>
        <translation>检查清单覆盖情况：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>implicates: %1</source>
        <translation>涉及：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rules out: %1</source>
        <translation>排除：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 of %3 considered</source>
        <translation>%1：已考虑 %3 项中的 %2 项</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Comparing %n interpretation(s): %1</source>
        <translation>
            <numerusform>比较 %n 个解读：%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Agreement: %1 of %2 factors used by all; %3 of %4 links in all (%5 with the same relation and strength)</source>
        <translation>一致性：%2 个因素中有 %1 个被全部解读使用；%4 条连线中有 %3 条出现在全部解读中（其中 %5 条关系和强度相同）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cruxes (%1):</source>
        <translation>分歧点（%1）：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no evidence</source>
        <translation>无证据</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n evidence</source>
        <translation>
            <numerusform>%n 条证据</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Considered by some readings only, not cruxes (%1):</source>
        <translation>仅部分解读考虑过，不是分歧点（%1）：</translation>
    </message>
</context>
<context>
    <name>faultline::CruxResolution</name>
    <message>
        <location filename="../model/discussion.cpp" line="+38"/>
        <source>Open</source>
        <translation>未解决</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both partly right</source>
        <translation>双方部分正确</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs evidence</source>
        <translation>需要证据</translation>
    </message>
</context>
<context>
    <name>faultline::CruxSlide</name>
    <message numerus="yes">
        <location filename="../widgets/discussion/cruxslide.cpp" line="+101"/>
        <source>%n evidence</source>
        <translation>
            <numerusform>%n 条证据</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Crux %1 of %2 · %3</source>
        <translation>分歧点 %1 / %2 · %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Resolution: %1</source>
        <translation>解决结果：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
</context>
<context>
    <name>faultline::CustomKindDialog</name>
    <message>
        <location filename="../widgets/panels/customkinddialog.cpp" line="+26"/>
        <source>Hexagon</source>
        <translation>六边形</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rectangle</source>
        <translation>矩形</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rounded rectangle</source>
        <translation>圆角矩形</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stadium</source>
        <translation>跑道形</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parallelogram</source>
        <translation>平行四边形</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trapezoid</source>
        <translation>梯形</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Octagon</source>
        <translation>八边形</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>New Custom Kind</source>
        <translation>新建自定义类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Mechanistic interpreter</source>
        <translation>例如：机制可解释性研究者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colour:</source>
        <translation>颜色(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Shape:</source>
        <translation>形状(&amp;S)：</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Kind Colour</source>
        <translation>类型颜色</translation>
    </message>
</context>
<context>
    <name>faultline::Diagnostics</name>
    <message>
        <location filename="../model/analysis/diagnostics.cpp" line="+60"/>
        <source>No causal path leads to the behaviour “%1” from any reward, environment or algorithm factor.</source>
        <translation>没有任何奖励、环境或算法因素的因果路径通向行为“%1”。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The root cause “%1” has no causal path to any observed behaviour.</source>
        <translation>根本原因“%1”没有通向任何观察到的行为的因果路径。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>These factors form a loop: %1.</source>
        <translation>这些因素形成了一个环路：%1。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The link from “%1” to “%2” has no evidence.</source>
        <translation>从“%1”到“%2”的连线没有证据。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Evidence “%1” on the link from “%2” to “%3” cites no source.</source>
        <translation>从“%2”到“%3”的连线上的证据“%1”未引用来源。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evidence “%1” on the link from “%2” to “%3” cites “%4”, which is not a source of the incident.</source>
        <translation>从“%2”到“%3”的连线上的证据“%1”引用了“%4”，但它不是该事件的来源。</translation>
    </message>
</context>
<context>
    <name>faultline::DiagnosticsPanel</name>
    <message>
        <location filename="../widgets/panels/diagnosticspanel.cpp" line="+26"/>
        <source>Unexplained behaviour</source>
        <translation>无法解释的行为</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Root cause without effect</source>
        <translation>无影响的根本原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loop</source>
        <translation>环路</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link without evidence</source>
        <translation>无证据的连线</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence without source</source>
        <translation>无来源的证据</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Show markers on the canvas</source>
        <translation>在画布上显示标记</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No weak points found in this reading&apos;s argument.</source>
        <translation>此解读的论证中未发现薄弱之处。</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finding</source>
        <translation>发现</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No interpretation</source>
        <translation>无解读</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warnings: %1, notes: %2 — click one to select its elements</source>
        <translation>警告：%1，提示：%2 — 点击某项以选中其相关元素</translation>
    </message>
</context>
<context>
    <name>faultline::DiagramSlide</name>
    <message>
        <location filename="../widgets/discussion/diagramslide.cpp" line="+70"/>
        <source>by %1</source>
        <translation>作者：%1</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>1 of 3: the root causes  ·  R: another way to reveal</source>
        <translation>第 1 步，共 3 步：根本原因  ·  R：换一种展示方式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2 of 3: the paths  ·  R: another way to reveal</source>
        <translation>第 2 步，共 3 步：因果路径  ·  R：换一种展示方式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3 of 3: the behaviour  ·  R: another way to reveal</source>
        <translation>第 3 步，共 3 步：行为  ·  R：换一种展示方式</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n 条连线</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>link %1 of %2  ·  R: another way to reveal</source>
        <translation>第 %1 条连接，共 %2 条  ·  R：换一种展示方式</translation>
    </message>
</context>
<context>
    <name>faultline::DiscussionPanel</name>
    <message>
        <location filename="../widgets/discussion/discussionpanel.cpp" line="+167"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../widgets/discussion/presentationwindow.cpp" line="+93"/>
        <source>Save Summary…</source>
        <translation>保存总结…</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Name of a participant</source>
        <translation>参与者姓名</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the group said about this crux</source>
        <translation>小组对此分歧点的讨论要点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No longer a crux</source>
        <translation>不再是分歧点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded in the discussion, but the readings no longer differ there after later edits</source>
        <translation>在讨论中有记录，但经过后续编辑，各解读在此处已不再有分歧</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../widgets/discussion/presentationwindow.cpp" line="+1"/>
        <source>Write the session summary (Markdown or PDF) to send to the participants</source>
        <translation>生成会议总结（Markdown 或 PDF）以发送给参与者</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Where people stand</source>
        <translation>各人立场</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Resolution:</source>
        <translation>解决结果(&amp;R)：</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Edit crux note</source>
        <translation>编辑分歧点备注</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Set crux resolution</source>
        <translation>设置分歧点的解决结果</translation>
    </message>
    <message>
        <location line="+215"/>
        <location line="+29"/>
        <source>Note of %1</source>
        <translation>%1 的备注</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Participant (edit to rename)</source>
        <translation>参与者（编辑以重命名）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position of %1</source>
        <translation>%1 的立场</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— not recorded —</source>
        <translation>— 未记录 —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>agrees with %1</source>
        <translation>同意 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsure</source>
        <translation>不确定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>both partly right</source>
        <translation>两者都部分正确</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>neither reading</source>
        <translation>都不是</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1&apos;s own note</source>
        <translation>%1 自己的备注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 and their positions</source>
        <translation>移除 %1 及其立场</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Record position of %1</source>
        <translation>记录 %1 的立场</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Resolved as %1</source>
        <translation>按 %1 解决</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Select a crux to record where the participants stand.</source>
        <translation>选择一个分歧点以记录参与者的立场。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Add participant %1</source>
        <translation>添加参与者 %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rename participant %1</source>
        <translation>重命名参与者 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove participant %1</source>
        <translation>移除参与者 %1</translation>
    </message>
</context>
<context>
    <name>faultline::DiscussionSummary</name>
    <message>
        <location filename="../model/compare/discussionsummary.cpp" line="+113"/>
        <source>no evidence</source>
        <translation>无证据</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n evidence</source>
        <translation>
            <numerusform>%n 条证据</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Resolution</source>
        <translation>解决结果</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+21"/>
        <source>Positions</source>
        <translation>立场</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none recorded</source>
        <translation>无记录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>uncited</source>
        <translation>未引用</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Resolved as %1</source>
        <translation>按 %1 解决</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+47"/>
        <source>unsure</source>
        <translation>不确定</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+47"/>
        <source>both partly</source>
        <translation>两者都部分正确</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+47"/>
        <source>neither</source>
        <translation>都不是</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>reading %1</source>
        <translation>解读 %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>both %1</source>
        <translation>两者 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>neither %1</source>
        <translation>都不是 %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>agrees with %1</source>
        <translation>同意 %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Untitled incident</source>
        <translation>未命名事件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discussion summary</source>
        <translation>讨论总结</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Participants</source>
        <translation>参与者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No participants recorded.</source>
        <translation>未记录参与者。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Readings</source>
        <translation>解读</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stance</source>
        <translation>立场</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Cruxes (%n)</source>
        <translation>
            <numerusform>分歧点（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These readings agree on every factor, link and verdict.</source>
        <translation>这些解读在每个因素、每条连线和每项判断上都一致。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cruxes settled or set aside: %1 of %2; still open: %3.</source>
        <translation>已解决或搁置的分歧点：%2 个中的 %1 个；仍未解决：%3 个。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../widgets/discussion/presentationwindow.cpp" line="+165"/>
        <source>No longer a crux</source>
        <translation>不再是分歧点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded in the discussion, but the readings no longer differ here:</source>
        <translation>在讨论中有记录，但各解读在此处已不再有分歧：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>References</source>
        <translation>参考文献</translation>
    </message>
</context>
<context>
    <name>faultline::DocumentController</name>
    <message>
        <location filename="../app/controllers/documentcontroller.cpp" line="+24"/>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” has unsaved changes. Save them first?</source>
        <translation>“%1”有未保存的更改。是否先保存？</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Faultline incidents (*.faultline);;All files (*)</source>
        <translation>Faultline 事件 (*.faultline);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Incident</source>
        <translation>打开事件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save Incident</source>
        <translation>保存事件</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Untitled incident</source>
        <translation>未命名事件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading 1</source>
        <translation>解读 1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The file “%1” does not exist.</source>
        <translation>文件“%1”不存在。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>“%1” could not be opened. The document was not changed.

%n problem(s) found:</source>
        <translation>
            <numerusform>无法打开“%1”。文档未被更改。

发现 %n 个问题：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could Not Open File</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could Not Open Example</source>
        <translation>无法打开示例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The example “%1” could not be opened.</source>
        <translation>无法打开示例“%1”。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could Not Save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The incident could not be saved to “%1”:
%2

Your changes are still open here; try another location.</source>
        <translation>无法将事件保存到“%1”：
%2

您的更改仍在此处打开；请尝试其他位置。</translation>
    </message>
</context>
<context>
    <name>faultline::DotImporter</name>
    <message>
        <location filename="../model/interchange/dotimporter.cpp" line="+40"/>
        <source>%1: text shortened to %2 characters</source>
        <translation>%1：文本已截短为 %2 个字符</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>the file is larger than %1 MiB</source>
        <translation>文件大于 %1 MiB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is binary data, not a Graphviz text file</source>
        <translation>这是二进制数据，不是 Graphviz 文本文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>braces are nested more than %1 deep</source>
        <translation>花括号嵌套超过 %1 层</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not a Graphviz graph</source>
        <translation>不是 Graphviz 图</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the graph has no nodes</source>
        <translation>该图没有节点</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+126"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>The file holds %1 graphs: only the first was imported</source>
        <translation>文件包含 %1 个图：只导入了第一个</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The graph is undirected: each link points from the first node written to the second</source>
        <translation>该图是无向图：每条连线从先写出的节点指向第二个节点</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Left out the link from &quot;%1&quot; to itself</source>
        <translation>已略去从“%1”指向自身的连线</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the graph could not be mapped to an incident: %1</source>
        <translation>无法将该图映射为事件：%1</translation>
    </message>
</context>
<context>
    <name>faultline::EvidenceDialog</name>
    <message>
        <location filename="../widgets/panels/evidencedialog.cpp" line="+129"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page, section, figure or timestamp, e.g. “Sec. 4, Fig. 3”</source>
        <translation>页码、章节、图或时间戳，例如“第 4 节，图 3”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short verbatim quote (optional)</source>
        <translation>简短的原文引用（可选）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your note (optional)</source>
        <translation>您的备注（可选）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stance:</source>
        <translation>立场(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ource:</source>
        <translation>来源(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Locator:</source>
        <translation>出处(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quote:</source>
        <translation>引文(&amp;Q)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Confidence:</source>
        <translation>置信度(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Add Evidence</source>
        <translation>添加证据</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Evidence</source>
        <translation>编辑证据</translation>
    </message>
</context>
<context>
    <name>faultline::EvidenceKind</name>
    <message>
        <location filename="../model/enums.cpp" line="+30"/>
        <source>experiment</source>
        <translation>实验</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>observation</source>
        <translation>观察</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ablation</source>
        <translation>消融</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replication</source>
        <translation>复现</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>author claim</source>
        <translation>作者声明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>speculation</source>
        <translation>推测</translation>
    </message>
</context>
<context>
    <name>faultline::ExampleDelegate</name>
    <message numerus="yes">
        <location filename="../widgets/gallery/exampledelegate.cpp" line="+103"/>
        <source>%n reading(s)</source>
        <translation>
            <numerusform>%n 个解读</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faultline::ExampleGalleryDialog</name>
    <message>
        <location filename="../widgets/gallery/examplegallerydialog.cpp" line="+64"/>
        <source>New from Example</source>
        <translation>从示例新建</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published failures of learning agents, each with competing readings and cited evidence. The example opens as a new, untitled incident.</source>
        <translation>已发表的学习型智能体失败案例，每个案例都有相互竞争的解读和引用的证据。示例将作为一个新的未命名事件打开。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search titles, tags, readings, authors…</source>
        <translation>搜索标题、标签、解读、作者…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search examples</source>
        <translation>搜索示例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Example</source>
        <translation>打开示例(&amp;O)</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n example(s)</source>
        <translation>
            <numerusform>%n 个示例</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 examples</source>
        <translation>%2 个示例中的 %1 个</translation>
    </message>
</context>
<context>
    <name>faultline::ExportComposer</name>
    <message>
        <location filename="../widgets/export/exportcomposer.cpp" line="+106"/>
        <source>CRUXES</source>
        <translation>分歧点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>REFERENCES</source>
        <translation>参考文献</translation>
    </message>
</context>
<context>
    <name>faultline::ExportController</name>
    <message>
        <location filename="../app/controllers/exportcontroller.cpp" line="+64"/>
        <source>There is no interpretation to export.</source>
        <translation>没有可导出的解读。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Exported %n file(s)</source>
        <translation>
            <numerusform>已导出 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Copied the diagram as an image</source>
        <translation>已将图表复制为图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied the selection as an image</source>
        <translation>已将所选内容复制为图像</translation>
    </message>
</context>
<context>
    <name>faultline::ExportDialog</name>
    <message>
        <location filename="../widgets/export/exportdialog.cpp" line="+52"/>
        <location line="+256"/>
        <location line="+145"/>
        <source>Export Diagram</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location line="-386"/>
        <source>Current interpretation</source>
        <translation>当前解读</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selection</source>
        <translation>所选内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All interpretations</source>
        <translation>所有解读</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare side by side</source>
        <translation>并排比较</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export:</source>
        <translation>导出范围(&amp;E)：</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Interpretation:</source>
        <translation>解读(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ompare (2–3):</source>
        <translation>比较（2–3）(&amp;O)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG (vector)</source>
        <translation>SVG（矢量）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (vector)</source>
        <translation>PDF（矢量）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>16:9 slide</source>
        <translation>16:9 幻灯片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 landscape</source>
        <translation>A4 横向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 portrait</source>
        <translation>A4 纵向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit to content</source>
        <translation>适应内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Page:</source>
        <translation>页面(&amp;P)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By resolution</source>
        <translation>按分辨率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed pixel size</source>
        <translation>固定像素尺寸</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+54"/>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>PNG &amp;size:</source>
        <translation>PNG 尺寸(&amp;S)：</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Numbered &amp;crux list (compare)</source>
        <translation>编号的分歧点列表（比较）(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Editing m&amp;arks (links without evidence)</source>
        <translation>编辑标记（无证据的连接）(&amp;A)</translation>
    </message>
    <message>
        <location line="+281"/>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。要替换它吗？</translation>
    </message>
    <message>
        <location line="-317"/>
        <source>T&amp;heme:</source>
        <translation>主题(&amp;H)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plain</source>
        <translation>普通</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Levers</source>
        <translation>杠杆</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gaps</source>
        <translation>差距</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lens:</source>
        <translation>视角(&amp;L)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le&amp;gend</source>
        <translation>图例(&amp;G)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>beside the diagram</source>
        <translation>在图表旁边</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>below the diagram</source>
        <translation>在图表下方</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Numbered &amp;references of the cited sources</source>
        <translation>为引用的来源添加编号参考文献(&amp;R)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Margins:</source>
        <translation>边距(&amp;M)：</translation>
    </message>
    <message>
        <location line="+219"/>
        <source>Nothing is selected.</source>
        <translation>未选择任何内容。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 毫米</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>page 1 of %1</source>
        <translation>第 1 页，共 %1 页</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>Transparent bac&amp;kground</source>
        <translation>透明背景(&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One P&amp;DF with a page per interpretation</source>
        <translation>每个解读一页，合为一个 PDF(&amp;D)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File &amp;name:</source>
        <translation>文件名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 绘图 (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+138"/>
        <location line="+24"/>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>faultline::ExportJob</name>
    <message>
        <location filename="../widgets/export/exportjob.cpp" line="+105"/>
        <source>the incident has no interpretation to export</source>
        <translation>该事件没有可导出的解读</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown interpretation &quot;%1&quot;</source>
        <translation>未知解读“%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no interpretation chosen</source>
        <translation>未选择解读</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>nothing is selected</source>
        <translation>未选择任何内容</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>compare needs two or three interpretations, got %1</source>
        <translation>比较需要两个或三个解读，实际为 %1 个</translation>
    </message>
</context>
<context>
    <name>faultline::ExportWriter</name>
    <message>
        <location filename="../widgets/export/exportwriter.cpp" line="+128"/>
        <source>cannot create the PDF</source>
        <translation>无法创建 PDF</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>cannot encode %1</source>
        <translation>无法编码 %1</translation>
    </message>
</context>
<context>
    <name>faultline::FactorInspector</name>
    <message>
        <location filename="../widgets/panels/factorinspector.cpp" line="+183"/>
        <source>What this factor is, in plain words</source>
        <translation>用通俗的话说明此因素是什么</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In This Interpretation</source>
        <translation>在此解读中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pinned (automatic layout keeps it in place)</source>
        <translation>已固定（自动布局时保持原位）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Levers lens: what change to this factor would fix the failure?</source>
        <translation>杠杆视角：对此因素做什么改变可以修复故障？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it is</source>
        <translation>实际情况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it should be</source>
        <translation>应有情况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short label shown on the diagram</source>
        <translation>显示在图表上的简短标签</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Root-cause lens: this interpretation says the failure started here</source>
        <translation>根本原因视角：此解读认为故障始于此处</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Label:</source>
        <translation>标签(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failure modes:</source>
        <translation>失效模式：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le&amp;ver:</source>
        <translation>杠杆(&amp;V)：</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Gap: Actual vs Ideal</source>
        <translation>差距：实际与理想</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Actual:</source>
        <translation>实际(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ideal:</source>
        <translation>理想(&amp;I)：</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Change kind of “%1”</source>
        <translation>更改“%1”的类型</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rename factor</source>
        <translation>重命名因素</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit description</source>
        <translation>编辑描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit actual state</source>
        <translation>编辑实际状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit ideal state</source>
        <translation>编辑理想状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit lever note</source>
        <translation>编辑杠杆备注</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tag failure modes</source>
        <translation>标记失效模式</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mark root cause</source>
        <translation>标记为根本原因</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unmark root cause</source>
        <translation>取消根本原因标记</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pin factor</source>
        <translation>固定因素</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unpin factor</source>
        <translation>取消固定因素</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>%1 · id %2 · used in %3 of %4 interpretations</source>
        <translation>%1 · ID %2 · 用于 %4 个解读中的 %3 个</translation>
    </message>
</context>
<context>
    <name>faultline::FactorListWidget</name>
    <message>
        <location filename="../widgets/panels/factorlistwidget.cpp" line="+112"/>
        <location line="+1"/>
        <source>Filter factors</source>
        <translation>筛选因素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Factor</source>
        <translation>因素</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used in</source>
        <translation>使用于</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the selected factor in the current interpretation too (double-click does the same)</source>
        <translation>在当前解读中也使用所选因素（双击效果相同）</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Incident factors</source>
        <translation>事件因素</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Add to Diagram</source>
        <translation>加入图中</translation>
    </message>
    <message numerus="yes">
        <location line="+111"/>
        <source>Used in %n interpretation(s)</source>
        <translation>
            <numerusform>用于 %n 个解读</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Used in this interpretation.</source>
        <translation>已在此解读中使用。</translation>
    </message>
</context>
<context>
    <name>faultline::FailureModeList</name>
    <message>
        <location filename="../widgets/panels/failuremodelist.cpp" line="+40"/>
        <source>Show all areas</source>
        <translation>显示所有领域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also list failure modes of other areas (e.g. tag a reward factor with an environment problem)</source>
        <translation>同时列出其他领域的失效模式（例如为奖励因素标记一个环境问题）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failure modes</source>
        <translation>失效模式</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>No checklist entries for this kind</source>
        <translation>此类型没有检查清单条目</translation>
    </message>
</context>
<context>
    <name>faultline::FindBar</name>
    <message>
        <location filename="../widgets/common/findbar.cpp" line="+63"/>
        <source>Find a factor by its label</source>
        <translation>按标签查找因素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar (Esc)</source>
        <translation>关闭查找栏（Esc）</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No factor matches</source>
        <translation>没有匹配的因素</translation>
    </message>
</context>
<context>
    <name>faultline::GapListPanel</name>
    <message>
        <location filename="../widgets/panels/gaplistpanel.cpp" line="+72"/>
        <source>Factor</source>
        <translation>因素</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ideal</source>
        <translation>理想</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No factor of this reading describes an actual or ideal state. Add them in the factor inspector.</source>
        <translation>此解读中没有因素描述实际或理想状态。请在因素检查器中添加。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 factor with a gap between actual and ideal</source>
        <translation>1 个因素的实际与理想之间存在差距</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 factors with a gap between actual and ideal</source>
        <translation>%1 个因素的实际与理想之间存在差距</translation>
    </message>
</context>
<context>
    <name>faultline::HelpController</name>
    <message>
        <location filename="../app/controllers/helpcontroller.cpp" line="+85"/>
        <source>&lt;h3&gt;Faultline %1&lt;/h3&gt;&lt;p&gt;Root-cause diagrams of AI failures: draw each reading of an incident as a causal graph over shared factors, back links with evidence, and compare the readings.&lt;/p&gt;&lt;p&gt;Built on:&lt;/p&gt;&lt;table cellspacing=&quot;4&quot;&gt;%2&lt;/table&gt;</source>
        <translation>&lt;h3&gt;Faultline %1&lt;/h3&gt;&lt;p&gt;AI 失败的根本原因图：将事件的每种解读绘制为基于共享因素的因果图，用证据支撑连线，并比较各个解读。&lt;/p&gt;&lt;p&gt;构建于：&lt;/p&gt;&lt;table cellspacing=&quot;4&quot;&gt;%2&lt;/table&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About Faultline</source>
        <translation>关于 Faultline</translation>
    </message>
</context>
<context>
    <name>faultline::ImportController</name>
    <message>
        <location filename="../app/controllers/importcontroller.cpp" line="+83"/>
        <source>Import DOT as Interpretation</source>
        <translation>将 DOT 导入为解读</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Graphviz files (*.dot *.gv);;All files (*)</source>
        <translation>Graphviz 文件 (*.dot *.gv);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could Not Import DOT</source>
        <translation>无法导入 DOT</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>%1: %2. Nothing was imported.</source>
        <translation>%1：%2。未导入任何内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import DOT “%1”</source>
        <translation>导入 DOT“%1”</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Imported “%1”: %n factor(s), </source>
        <translation>
            <numerusform>已导入“%1”：%n 个因素，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n link(s).</source>
        <translation>
            <numerusform>%n 条连线。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import Interpretations</source>
        <translation>导入解读</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faultline incidents (*.faultline);;All files (*)</source>
        <translation>Faultline 事件 (*.faultline);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could Not Import Interpretations</source>
        <translation>无法导入解读</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a Faultline document that can be read; nothing was imported.</source>
        <translation>“%1”不是可读取的 Faultline 文档；未导入任何内容。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” has no interpretations to import.</source>
        <translation>“%1”中没有可导入的解读。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>导入已取消；未做任何更改。</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Imported %n interpretation(s) </source>
        <translation>
            <numerusform>已导入 %n 个解读，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>with %n new factor(s) from “%1”.</source>
        <translation>
            <numerusform>含来自“%1”的 %n 个新因素。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faultline::InspectorWidget</name>
    <message>
        <location filename="../widgets/panels/inspectorwidget.cpp" line="+70"/>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message numerus="yes">
        <location line="+95"/>
        <source>%n factor(s) and </source>
        <translation>
            <numerusform>%n 个因素和 </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n link(s) selected</source>
        <translation>
            <numerusform>%n 条连线已选中</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faultline::InterpretationPickerDialog</name>
    <message>
        <location filename="../widgets/compare/interpretationpickerdialog.cpp" line="+53"/>
        <source>Compare Interpretations</source>
        <translation>比较解读</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the readings to put side by side (2 to 4):</source>
        <translation>选择要并排显示的解读（2 至 4 个）：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>by %1</source>
        <translation>作者：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Tick at least two.</source>
        <translation>请至少勾选两个。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most four fit side by side.</source>
        <translation>最多只能并排显示四个。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 readings selected.</source>
        <translation>已选择 %1 个解读。</translation>
    </message>
</context>
<context>
    <name>faultline::InterpretationTabs</name>
    <message>
        <location filename="../widgets/common/interpretationtabs.cpp" line="+92"/>
        <source>New interpretation: another reading of the same incident</source>
        <translation>新建解读：同一事件的另一种解读</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New interpretation</source>
        <translation>新建解读</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpretations</source>
        <translation>解读</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This incident has no interpretation yet.
An interpretation is one reading of the incident: which factors matter and how they link.</source>
        <translation>此事件还没有解读。
解读是对事件的一种理解：哪些因素重要，以及它们如何关联。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add an Interpretation</source>
        <translation>添加解读</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>by %1</source>
        <translation>作者：%1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reorder interpretations</source>
        <translation>重新排列解读</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Interpretation %1</source>
        <translation>解读 %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Rename interpretation to “%1”</source>
        <translation>将解读重命名为“%1”</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete the interpretation “%1”?</source>
        <translation>删除解读“%1”？</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n factor(s) placed (the factors stay in the incident)</source>
        <translation>
            <numerusform>已放置的 %n 个因素（这些因素仍保留在事件中）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n link(s) with their evidence</source>
        <translation>
            <numerusform>%n 条连线及其证据</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Interpretation</source>
        <translation>删除解读</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;New Interpretation</source>
        <translation>新建解读(&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Duplicate</source>
        <translation>复制(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
</context>
<context>
    <name>faultline::InterventionMenuFilter</name>
    <message>
        <location filename="../widgets/lens/interventionmenufilter.cpp" line="+38"/>
        <source>Remove Intervention</source>
        <translation>移除干预</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Intervene Here</source>
        <translation>在此干预</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A what-if of the levers lens: it never changes the document</source>
        <translation>杠杆视角的假设推演：不会更改文档</translation>
    </message>
</context>
<context>
    <name>faultline::Kind</name>
    <message>
        <location filename="../model/kindstyle.cpp" line="+22"/>
        <source>Reward</source>
        <translation>奖励</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Algorithm</source>
        <translation>算法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observed behaviour</source>
        <translation>观察到的行为</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intent</source>
        <translation>意图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift</source>
        <translation>分布偏移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oversight</source>
        <translation>监督</translation>
    </message>
</context>
<context>
    <name>faultline::LanguageController</name>
    <message>
        <location filename="../app/controllers/languagecontroller.cpp" line="+166"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;G)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;System Language</source>
        <translation>系统语言(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;System Language (%1)</source>
        <translation>系统语言（%1）(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language of menus and panels; the choice is kept for the next start</source>
        <translation>菜单和面板的语言；此选择会在下次启动时保留</translation>
    </message>
</context>
<context>
    <name>faultline::LayoutController</name>
    <message>
        <location filename="../app/controllers/layoutcontroller.cpp" line="+127"/>
        <source>Layout restarted.</source>
        <translation>布局已重新开始。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing to lay out: every factor is pinned or the diagram is empty.</source>
        <translation>没有可布局的内容：所有因素均已固定，或图表为空。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Laying out %n factor(s)…</source>
        <translation>
            <numerusform>正在布局 %n 个因素…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+54"/>
        <source>Layout cancelled; nothing was moved.</source>
        <translation>布局已取消；未移动任何内容。</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Layout cancelled because the diagram changed; nothing was moved.</source>
        <translation>由于图表已更改，布局已取消；未移动任何内容。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The layout finished for an interpretation that was closed; it was dropped.</source>
        <translation>布局完成时对应的解读已关闭；结果已丢弃。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The diagram is already laid out.</source>
        <translation>图表已完成布局。</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Lay out</source>
        <translation>布局</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Laid out %n factor(s).</source>
        <translation>
            <numerusform>已布局 %n 个因素。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Layout failed: %1 Nothing was moved.</source>
        <translation>布局失败：%1 未移动任何内容。</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Laying out “%1” (%n factor(s))…</source>
        <translation>
            <numerusform>正在布局“%1”（%n 个因素）…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Pin in place</source>
        <translation>固定位置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unpin</source>
        <translation>取消固定</translation>
    </message>
</context>
<context>
    <name>faultline::LayoutEngine</name>
    <message>
        <location filename="../model/layout/layoutengine.cpp" line="+164"/>
        <source>Factor &quot;%1&quot; appears twice in the layout</source>
        <translation>因素“%1”在布局中出现了两次</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The graph is too large for a layered layout in reasonable time: the force-directed sfdp engine was used, so causes are not always drawn above their effects.</source>
        <translation>该图过大，无法在合理时间内完成分层布局：已改用力导向的 sfdp 引擎，因此原因不一定绘制在其结果上方。</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Links were not routed: %1</source>
        <translation>未能为连线规划路径：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Links were not routed: too many factors to route around fixed ones</source>
        <translation>未能为连线规划路径：因素过多，无法绕开已固定的因素</translation>
    </message>
</context>
<context>
    <name>faultline::LayoutProgressOverlay</name>
    <message>
        <location filename="../widgets/layout/layoutprogressoverlay.cpp" line="+18"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stop the layout; nothing is moved (Esc)</source>
        <translation>停止布局；不会移动任何内容（Esc）</translation>
    </message>
</context>
<context>
    <name>faultline::LayoutRunner</name>
    <message>
        <location filename="../model/layout/layoutrunner.cpp" line="+67"/>
        <source>Could not start the layout worker: %1</source>
        <translation>无法启动布局工作进程：%1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The layout worker stopped unexpectedly; nothing was changed.</source>
        <translation>布局工作进程意外停止；未做任何更改。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The layout worker failed: %1</source>
        <translation>布局工作进程失败：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The layout worker gave an unreadable answer: %1</source>
        <translation>布局工作进程返回了无法读取的结果：%1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The graph is large: the faster sfdp engine was used instead of dot.</source>
        <translation>该图较大：已使用更快的 sfdp 引擎代替 dot。</translation>
    </message>
</context>
<context>
    <name>faultline::LegendEntries</name>
    <message>
        <location filename="../widgets/export/legendentries.cpp" line="+69"/>
        <source>root cause in this reading</source>
        <translation>此解读中的根本原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tagged failure points</source>
        <translation>已标记的失效点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>evidence items on the link</source>
        <translation>该连接上的证据条目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>factor not in this reading</source>
        <translation>此解读中没有该因素</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>link not in this reading</source>
        <translation>此解读中没有该连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>factor only in this reading</source>
        <translation>仅此解读有该因素</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>link only in this reading</source>
        <translation>仅此解读有该连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>crux number</source>
        <translation>分歧点编号</translation>
    </message>
</context>
<context>
    <name>faultline::LensController</name>
    <message>
        <location filename="../app/controllers/lenscontroller.cpp" line="+114"/>
        <source>Plain</source>
        <translation>普通</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Levers</source>
        <translation>杠杆</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <location line="+26"/>
        <source>Gaps</source>
        <translation>差距</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>&amp;Intervene on Selected Factors</source>
        <translation>对所选因素进行干预(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Levers what-if: treat the selected factors as fixed and see which paths to the behaviour remain (press again to undo; never changes the document)</source>
        <translation>杠杆假设推演：将所选因素视为已修复，查看哪些通向该行为的路径仍然存在（再按一次可撤销；不会更改文档）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear Interventions</source>
        <translation>清除干预(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+24"/>
        <source>Diagnostics</source>
        <translation>诊断</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Select a factor first, then press I to intervene on it.</source>
        <translation>请先选择一个因素，然后按 I 对其进行干预。</translation>
    </message>
</context>
<context>
    <name>faultline::LensSwitch</name>
    <message>
        <location filename="../widgets/common/lensswitch.cpp" line="+46"/>
        <source>Lens:</source>
        <translation>视角：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lens</source>
        <translation>视角</translation>
    </message>
</context>
<context>
    <name>faultline::LinkInspector</name>
    <message>
        <location filename="../widgets/panels/linkinspector.cpp" line="+196"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>How strong this causal claim is, from 1 (weak) to 5 (decisive)</source>
        <translation>此因果主张的强度，从 1（弱）到 5（决定性）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional text shown on the arrow</source>
        <translation>显示在箭头上的可选文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Relation:</source>
        <translation>关系(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Strength:</source>
        <translation>强度(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Label:</source>
        <translation>标签(&amp;L)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Change relation to “%1”</source>
        <translation>将关系更改为“%1”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change link strength</source>
        <translation>更改连线强度</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit link label</source>
        <translation>编辑连线标签</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>confidence %1%</source>
        <translation>置信度 %1%</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Edit evidence</source>
        <translation>编辑证据</translation>
    </message>
</context>
<context>
    <name>faultline::LoadErrorDialog</name>
    <message>
        <location filename="../widgets/common/loaderrordialog.cpp" line="+38"/>
        <source>&amp;Copy Errors</source>
        <translation>复制错误(&amp;C)</translation>
    </message>
</context>
<context>
    <name>faultline::MainWindow</name>
    <message>
        <location filename="../app/window/mainwindow.cpp" line="+325"/>
        <location line="+201"/>
        <source>&lt;Opened&gt;</source>
        <translation>&lt;已打开&gt;</translation>
    </message>
    <message>
        <location line="-200"/>
        <location line="+201"/>
        <source>Undo history</source>
        <translation>撤销历史</translation>
    </message>
    <message>
        <location line="-265"/>
        <source>Factor Palette</source>
        <translation>因素面板</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident Factors</source>
        <translation>事件因素</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../app/window/windowmenus.cpp" line="+75"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open E&amp;xample</source>
        <translation>打开示例(&amp;X)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Insert</source>
        <translation>插入(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Factor</source>
        <translation>添加因素(&amp;F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I&amp;nterpretation</source>
        <translation>解读(&amp;N)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Arrange</source>
        <translation>排列(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Lens</source>
        <translation>视角(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Panels</source>
        <translation>面板(&amp;E)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No Examples</source>
        <translation>无示例</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+60"/>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../app/window/mainwindow.cpp" line="+180"/>
        <source>Click on the canvas to place a factor of kind “%1”. Esc cancels.</source>
        <translation>在画布上点击以放置“%1”类型的因素。按 Esc 取消。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1[*] — Faultline</source>
        <translation>%1[*] — Faultline</translation>
    </message>
</context>
<context>
    <name>faultline::Merge</name>
    <message>
        <location filename="../model/compare/interpretationmerge.cpp" line="+312"/>
        <source>The file is about “%1”, this document about “%2”.</source>
        <translation>该文件关于“%1”，而本文档关于“%2”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file has no interpretations to import.</source>
        <translation>该文件中没有可导入的解读。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None of the file&apos;s factors matches a factor of this document; all will be added.</source>
        <translation>该文件中没有任何因素与本文档的因素匹配；将全部添加。</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>faultline::MergeConfirmDialog</name>
    <message>
        <location filename="../widgets/import/mergeconfirmdialog.cpp" line="+23"/>
        <source>Import Interpretations</source>
        <translation>导入解读</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Their factor</source>
        <translation>对方因素</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Our factor</source>
        <translation>我方因素</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Match</source>
        <translation>匹配</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Factors (untick a label match to import that factor as a new one):</source>
        <translation>因素（取消勾选按标签匹配的项，可将该因素作为新因素导入）：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interpretations to add:</source>
        <translation>要添加的解读：</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>same id (details differ; ours kept)</source>
        <translation>ID 相同（细节不同；保留我方）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same id</source>
        <translation>ID 相同</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+50"/>
        <source>same kind and label</source>
        <translation>类型和标签相同</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+41"/>
        <source>(new factor)</source>
        <translation>（新因素）</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>new</source>
        <translation>新</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n factor(s) matched by id, </source>
        <translation>
            <numerusform>按 ID 匹配 %n 个因素，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n by kind and label, </source>
        <translation>
            <numerusform>按类型和标签匹配 %n 个，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n new.</source>
        <translation>
            <numerusform>新增 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (renamed from “%2”: the name is taken)</source>
        <translation>%1（由“%2”重命名：该名称已被占用）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>label match turned down: imported as new</source>
        <translation>已拒绝按标签匹配：作为新因素导入</translation>
    </message>
</context>
<context>
    <name>faultline::NewReadingChoice</name>
    <message>
        <location filename="../widgets/common/newreadingchoice.cpp" line="+16"/>
        <source>New Interpretation</source>
        <translation>新建解读</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How should the new interpretation start?</source>
        <translation>新解读应从什么开始？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A copy of “%1” keeps its factors, links and evidence, so you change only where you disagree.</source>
        <translation>“%1”的副本保留其因素、连线和证据，您只需修改有分歧的地方。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Copy of Current Reading</source>
        <translation>当前解读的副本(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Empty</source>
        <translation>空白(&amp;E)</translation>
    </message>
</context>
<context>
    <name>faultline::OverviewInspector</name>
    <message>
        <location filename="../widgets/panels/overviewinspector.cpp" line="+160"/>
        <source>Interpretation</source>
        <translation>解读</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This reading of the incident in a few sentences</source>
        <translation>用几句话概述此解读</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened, in plain words</source>
        <translation>用通俗的话说明发生了什么</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Person or school of thought</source>
        <translation>个人或学派</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The position in one line, e.g. mostly the environment&apos;s fault</source>
        <translation>用一句话概括立场，例如：主要是环境的问题</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comma-separated, e.g. reward-misspecification, simulator-bug</source>
        <translation>以逗号分隔，例如 reward-misspecification, simulator-bug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Author:</source>
        <translation>作者(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;ance:</source>
        <translation>立场(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Summary:</source>
        <translation>摘要(&amp;S)：</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ummary:</source>
        <translation>摘要(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta&amp;gs:</source>
        <translation>标签(&amp;G)：</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Select a factor or a link on the canvas to inspect it.</source>
        <translation>在画布上选择一个因素或一条连线以查看其属性。</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Rename interpretation</source>
        <translation>重命名解读</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit interpretation author</source>
        <translation>编辑解读作者</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit interpretation stance</source>
        <translation>编辑解读立场</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit interpretation summary</source>
        <translation>编辑解读摘要</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit incident title</source>
        <translation>编辑事件标题</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit incident summary</source>
        <translation>编辑事件摘要</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit incident tags</source>
        <translation>编辑事件标签</translation>
    </message>
</context>
<context>
    <name>faultline::PaletteWidget</name>
    <message>
        <location filename="../widgets/panels/palettewidget.cpp" line="+79"/>
        <source>New Custom Kind…</source>
        <translation>新建自定义类型…</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Click a kind, then click on the canvas to place a factor.
Drag a kind onto the canvas, or double-click to add one at the centre.</source>
        <translation>点击一种类型，再点击画布以放置因素。
也可将类型拖到画布上，或双击在中央添加一个因素。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Factor kinds</source>
        <translation>因素类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter adds a factor of the current kind at the centre of the canvas</source>
        <translation>按 Enter 在画布中央添加一个当前类型的因素</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Define a kind of factor beyond the built-in ones</source>
        <translation>在内置类型之外定义一种因素类型</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Add a factor of kind “%1”</source>
        <translation>添加一个“%1”类型的因素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a factor of the custom kind “%1”</source>
        <translation>添加一个自定义类型“%1”的因素</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Add kind “%1”</source>
        <translation>添加类型“%1”</translation>
    </message>
</context>
<context>
    <name>faultline::PanelStrip</name>
    <message>
        <location filename="../widgets/common/panelstrip.cpp" line="+54"/>
        <source>Show the %1 panel</source>
        <translation>显示“%1”面板</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+1"/>
        <source>Expand the lower panels</source>
        <translation>展开下方面板</translation>
    </message>
</context>
<context>
    <name>faultline::PresentationWindow</name>
    <message>
        <location filename="../widgets/discussion/presentationwindow.cpp" line="-169"/>
        <source>Faultline — Presentation</source>
        <translation>Faultline — 演示</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>• %1 (by %2)</source>
        <translation>• %1（作者：%2）</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n reading(s):</source>
        <translation>
            <numerusform>%n 个解读：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Participants: %1</source>
        <translation>参与者：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next: → Space or Page Down  ·  Back: ←  ·  Leave the presentation: Esc</source>
        <translation>下一页：→、空格或 Page Down  ·  上一页：←  ·  退出演示：Esc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R: reveal the readings in stages, link by link or all at once</source>
        <translation>R：分阶段、逐条连接或一次性展示各解读</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thank you</source>
        <translation>谢谢</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Esc returns to the editor.</source>
        <translation>按 Esc 返回编辑器。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Still open:</source>
        <translation>仍未解决：</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… 以及另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Where we stand</source>
        <translation>当前进展</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cruxes settled: %1 of %2 · open: %3</source>
        <translation>已解决的分歧点：%2 个中的 %1 个 · 未解决：%3 个</translation>
    </message>
</context>
<context>
    <name>faultline::QuickGuideDialog</name>
    <message>
        <location filename="../widgets/help/quickguidedialog.cpp" line="+50"/>
        <source>Faultline Quick Guide</source>
        <translation>Faultline 快速指南</translation>
    </message>
</context>
<context>
    <name>faultline::Reader</name>
    <message>
        <location filename="../model/format/limitedjsonparser.cpp" line="+37"/>
        <source>nesting deeper than %1 levels</source>
        <translation>嵌套深度超过 %1 层</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>more than %1 values</source>
        <translation>超过 %1 个值</translation>
    </message>
    <message>
        <location filename="../model/format/faultlinereader.cpp" line="+57"/>
        <source>file too complex: %1</source>
        <translation>文件过于复杂：%1</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>line %1, column %2: not valid JSON: %3</source>
        <translation>第 %1 行，第 %2 列：不是有效的 JSON：%3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a NUL byte at offset %1 (nothing may follow the document)</source>
        <translation>偏移 %1 处有 NUL 字节（文档之后不能有任何内容）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the key appears twice in one object</source>
        <translation>%1：同一对象中该键出现了两次</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>a conflicts section needs version 3</source>
        <translation>conflicts 部分需要版本 3</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>unknown stance &quot;%1&quot; (expected reading, both-partly or neither)</source>
        <translation>未知立场“%1”（应为 reading、both-partly 或 neither）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown resolution &quot;%1&quot; (expected open, resolved, both-partly or needs-evidence)</source>
        <translation>未知解决状态“%1”（应为 open、resolved、both-partly 或 needs-evidence）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>unknown relation &quot;%1&quot; (expected causes, enables, prevents or amplifies)</source>
        <translation>未知关系“%1”（应为 causes、enables、prevents 或 amplifies）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected a point [x, y] within ±1000000</source>
        <translation>应为 ±1000000 以内的点 [x, y]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a route needs 1 + 3k points, found %1</source>
        <translation>路径需要 1 + 3k 个点，实际为 %1 个</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown evidence kind &quot;%1&quot;</source>
        <translation>未知证据类型“%1”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown stance &quot;%1&quot; (expected supports or contradicts)</source>
        <translation>未知立场“%1”（应为 supports 或 contradicts）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not a Faultline file: the top level is %1, not an object</source>
        <translation>不是 Faultline 文件：顶层是%1，而不是对象</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>format: not a Faultline file (expected &quot;format&quot;: &quot;faultline&quot;)</source>
        <translation>format：不是 Faultline 文件（应为 &quot;format&quot;: &quot;faultline&quot;）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>version: missing or not a whole number</source>
        <translation>version：缺失或不是整数</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>version: unsupported version %1 (this build reads versions 1 to %2)</source>
        <translation>version：不支持的版本 %1（此版本可读取版本 1 至 %2）</translation>
    </message>
    <message>
        <location filename="../model/format/boundedread.cpp" line="+26"/>
        <source>no such file</source>
        <translation>没有这个文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a regular file (a folder, device or pipe)</source>
        <translation>不是普通文件（文件夹、设备或管道）</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../model/format/faultlinereader.cpp" line="+32"/>
        <source>file too large: %1 bytes (limit %2)</source>
        <translation>文件过大：%1 字节（上限 %2）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>file too large: more than %1 bytes</source>
        <translation>文件过大：超过 %1 字节</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+9"/>
        <source>cannot open: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <location filename="../model/format/incidentvalidator.cpp" line="+54"/>
        <source>invalid id &quot;%1&quot; (use 1 to 64 letters, digits, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;, &apos;:&apos;)</source>
        <translation>无效的 ID“%1”（请使用 1 至 64 个字母、数字、&apos;_&apos;、&apos;-&apos;、&apos;.&apos;、&apos;:&apos;）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>duplicate id &quot;%1&quot; (first used at %2)</source>
        <translation>重复的 ID“%1”（首次使用于 %2）</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>a participant needs a name</source>
        <translation>参与者需要名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>participant &quot;%1&quot; is listed twice</source>
        <translation>参与者“%1”被列出两次</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a crux record names at least two interpretations</source>
        <translation>分歧点记录至少需列出两个解读</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown interpretation &quot;%1&quot;</source>
        <translation>未知解读“%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>interpretation &quot;%1&quot; is named twice</source>
        <translation>解读“%1”被列出两次</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this crux is recorded twice for the same comparison</source>
        <translation>此分歧点在同一比较中被记录了两次</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not among the participants</source>
        <translation>“%1”不在参与者之列</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; has two positions on this crux</source>
        <translation>“%1”在此分歧点上有两个立场</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not one of the compared interpretations</source>
        <translation>“%1”不是被比较的解读之一</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a resolved crux names one of the compared interpretations</source>
        <translation>已解决的分歧点须指明被比较解读中的一个</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only a resolved crux names the reading it was resolved as</source>
        <translation>只有已解决的分歧点才指明其按哪个解读解决</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>未知类型“%1”</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&quot;%1&quot; is a built-in kind</source>
        <translation>“%1”是内置类型</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected a colour like &quot;#aa5500&quot;, found &quot;%1&quot;</source>
        <translation>应为类似“#aa5500”的颜色，实际为“%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown shape &quot;%1&quot; (expected one of %2)</source>
        <translation>未知形状“%1”（应为 %2 之一）</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+79"/>
        <source>unknown failure mode &quot;%1&quot;</source>
        <translation>未知失效模式“%1”</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+17"/>
        <source>unknown factor &quot;%1&quot;</source>
        <translation>未知因素“%1”</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>factor &quot;%1&quot; is placed twice in this interpretation</source>
        <translation>因素“%1”在此解读中被放置了两次</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>factor &quot;%1&quot; is not placed in this interpretation</source>
        <translation>因素“%1”未放置在此解读中</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a link cannot point from a factor to itself</source>
        <translation>连线不能从一个因素指向其自身</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown source &quot;%1&quot;</source>
        <translation>未知来源“%1”</translation>
    </message>
    <message>
        <location filename="../model/format/jsonfieldreader.cpp" line="+35"/>
        <location line="+183"/>
        <source>expected an object, found %1</source>
        <translation>应为对象，实际为%1</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>unknown field</source>
        <translation>未知字段</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an unsupported value</source>
        <translation>不支持的值</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>missing required field</source>
        <translation>缺少必填字段</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+32"/>
        <source>expected a string, found %1</source>
        <translation>应为字符串，实际为%1</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>text too long: %1 bytes (limit %2)</source>
        <translation>文本过长：%1 字节（上限 %2）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>expected true or false, found %1</source>
        <translation>应为 true 或 false，实际为%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected a whole number, found %1</source>
        <translation>应为整数，实际为%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+18"/>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 超出范围（%2 至 %3）</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>expected a number, found %1</source>
        <translation>应为数字，实际为%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>expected an array, found %1</source>
        <translation>应为数组，实际为%1</translation>
    </message>
</context>
<context>
    <name>faultline::ReasonDialog</name>
    <message>
        <location filename="../widgets/panels/reasondialog.cpp" line="+22"/>
        <source>Rule Out</source>
        <translation>排除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why does “%1” not apply to this reading?</source>
        <translation>为什么“%1”不适用于此解读？</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. the arena was checked frame by frame</source>
        <translation>例如：已逐帧检查过场地</translation>
    </message>
</context>
<context>
    <name>faultline::RecentFiles</name>
    <message>
        <location filename="../app/window/recentfiles.cpp" line="+104"/>
        <source>No Recent Files</source>
        <translation>无最近文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
</context>
<context>
    <name>faultline::Recovery</name>
    <message>
        <location filename="../model/recovery/recoverystore.cpp" line="+50"/>
        <source>%1: cannot create folder</source>
        <translation>%1：无法创建文件夹</translation>
    </message>
</context>
<context>
    <name>faultline::RecoveryController</name>
    <message>
        <location filename="../app/controllers/recoverycontroller.cpp" line="+57"/>
        <location line="+185"/>
        <source>Could not write the recovery copy: %1</source>
        <translation>无法写入恢复副本：%1</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>The recovered copy could not be read: %1</source>
        <translation>无法读取恢复的副本：%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Recovered unsaved changes. Save to keep them.</source>
        <translation>已恢复未保存的更改。请保存以保留它们。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>“%1” could not be reloaded; your version is unchanged: %2</source>
        <translation>无法重新加载“%1”；您的版本未改变：%2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unsaved changes to “%1” from %2 were not closed properly.</source>
        <translation>“%1”在 %2 的未保存更改未被正常关闭。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file “%1” changed on disk.</source>
        <translation>文件“%1”已在磁盘上被更改。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep my version</source>
        <translation>保留我的版本</translation>
    </message>
</context>
<context>
    <name>faultline::Relation</name>
    <message>
        <location filename="../model/enums.cpp" line="-23"/>
        <source>causes</source>
        <translation>导致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enables</source>
        <translation>促成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prevents</source>
        <translation>阻止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amplifies</source>
        <translation>放大</translation>
    </message>
</context>
<context>
    <name>faultline::RootCauseMatrix</name>
    <message>
        <location filename="../model/compare/rootcausematrix.cpp" line="+31"/>
        <source>implicated</source>
        <translation>涉及</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ruled out</source>
        <translation>已排除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>involved</source>
        <translation>参与</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not considered</source>
        <translation>未考虑</translation>
    </message>
</context>
<context>
    <name>faultline::RootCauseMatrixWidget</name>
    <message>
        <location filename="../widgets/compare/rootcausematrixwidget.cpp" line="+123"/>
        <source>Root-cause matrix</source>
        <translation>根本原因矩阵</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Root causes: %1</source>
        <translation>根本原因：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also uses: %1</source>
        <translation>还使用：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ruled out</source>
        <translation>已排除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ruled out: %1</source>
        <translation>已排除：%1</translation>
    </message>
</context>
<context>
    <name>faultline::ShortcutsDialog</name>
    <message>
        <location filename="../widgets/help/shortcutsdialog.cpp" line="+79"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by command or key…</source>
        <translation>按命令或按键筛选…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>On the canvas</source>
        <translation>在画布上</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select the next / previous factor</source>
        <translation>选择下一个 / 上一个因素</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selection (Shift: further)</source>
        <translation>移动所选内容（按住 Shift：移动更远）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arrow keys</source>
        <translation>方向键</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected factor&apos;s label</source>
        <translation>编辑所选因素的标签</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter, F2</source>
        <translation>Enter, F2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>While linking: choose the target</source>
        <translation>连接时：选择目标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tab, arrow keys</source>
        <translation>Tab, 方向键</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>While linking: create the link</source>
        <translation>连接时：创建连线</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel linking, placing or editing</source>
        <translation>取消连接、放置或编辑</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pan</source>
        <translation>平移</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Space+drag, middle mouse button</source>
        <translation>空格+拖动，鼠标中键</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+mouse wheel</source>
        <translation>Ctrl+鼠标滚轮</translation>
    </message>
</context>
<context>
    <name>faultline::SourceDialog</name>
    <message>
        <location filename="../widgets/panels/sourcedialog.cpp" line="+67"/>
        <source>e.g. Baker, Kanitscheider, Markov, …</source>
        <translation>例如 Baker, Kanitscheider, Markov, …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only http and https addresses and DOIs can be opened from Faultline.</source>
        <translation>Faultline 只能打开 http 和 https 地址以及 DOI。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Authors:</source>
        <translation>作者(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Venue:</source>
        <translation>发表于(&amp;V)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;DOI:</source>
        <translation>DOI(&amp;D)：</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Add Source</source>
        <translation>添加来源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Source</source>
        <translation>编辑来源</translation>
    </message>
</context>
<context>
    <name>faultline::SourcesWidget</name>
    <message>
        <location filename="../widgets/panels/sourceswidget.cpp" line="+109"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Venue</source>
        <translation>发表于</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources of the incident</source>
        <translation>事件的来源</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a source…</source>
        <translation>添加来源…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected source…</source>
        <translation>编辑所选来源…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected source</source>
        <translation>删除所选来源</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only http and https addresses and DOIs can be opened: %1</source>
        <translation>只能打开 http 和 https 地址以及 DOI：%1</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Edit source</source>
        <translation>编辑来源</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>“%1” is cited by %n evidence item(s). Remove it and clear these citations?</source>
        <translation>
            <numerusform>“%1”被 %n 条证据引用。是否移除它并清除这些引用？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove Source</source>
        <translation>移除来源</translation>
    </message>
</context>
<context>
    <name>faultline::Stance</name>
    <message>
        <location filename="../model/enums.cpp" line="+97"/>
        <source>supports</source>
        <translation>支持</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contradicts</source>
        <translation>反驳</translation>
    </message>
</context>
<context>
    <name>faultline::StartPage</name>
    <message>
        <location filename="../widgets/gallery/startpage.cpp" line="+108"/>
        <source>&amp;New Incident</source>
        <translation>新建事件(&amp;N)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Faultline</source>
        <translation>Faultline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw why an agent failed as causes across reward, environment and algorithm; keep every reading; compare them.</source>
        <translation>将智能体失败的原因绘制为奖励、环境和算法各方面的因果；保留每一种解读；并加以比较。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse &amp;Examples…</source>
        <translation>浏览示例(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Example</source>
        <translation>打开示例(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the selected example as an untitled copy (or double-click it, or press Enter)</source>
        <translation>将所选示例作为未命名副本打开（或双击，或按回车）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent files</source>
        <translation>最近文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Recent Files</source>
        <translation>最近文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start from a Published Example</source>
        <translation>从已发表的示例开始</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No recent files</source>
        <translation>无最近文件</translation>
    </message>
</context>
<context>
    <name>faultline::SummaryWriter</name>
    <message>
        <location filename="../widgets/discussion/summarywriter.cpp" line="+33"/>
        <source>PDF output needs the graphical application (fonts); none is running</source>
        <translation>PDF 输出需要图形应用程序（字体）；当前没有运行</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>cannot write a PDF to &quot;%1&quot;</source>
        <translation>无法将 PDF 写入“%1”</translation>
    </message>
</context>
<context>
    <name>faultline::VersionCompareController</name>
    <message>
        <location filename="../app/controllers/versioncomparecontroller.cpp" line="+96"/>
        <source>Compare with File</source>
        <translation>与文件比较</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faultline incidents (*.faultline)</source>
        <translation>Faultline 事件 (*.faultline)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>Compare with Version</source>
        <translation>与版本比较</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Compare with &amp;File…</source>
        <translation>与文件比较(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare with &amp;Version…</source>
        <translation>与版本比较(&amp;V)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>更改</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Save the incident in a git repository first: its versions come from git.</source>
        <translation>请先将事件保存到 git 仓库中：其版本来自 git。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>git is not installed, so there are no versions to compare with. Install git, or use Compare with File…</source>
        <translation>未安装 git，因此没有可比较的版本。请安装 git，或使用“与文件比较…”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not in a git repository, so it has no versions to compare with.</source>
        <translation>%1 不在 git 仓库中，因此没有可比较的版本。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has no committed versions yet.</source>
        <translation>%1 还没有已提交的版本。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>That version does not load: %1</source>
        <translation>该版本无法加载：%1</translation>
    </message>
</context>
<context>
    <name>faultline::VersionController</name>
    <message>
        <location filename="../app/controllers/versioncontroller.cpp" line="+23"/>
        <location line="+23"/>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Edit Conflict</source>
        <translation>编辑冲突</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>This file has %n merge conflict(s): resolve them in the Conflicts panel.</source>
        <translation>
            <numerusform>此文件有 %n 个合并冲突：请在“冲突”面板中解决。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This conflict cannot be resolved that way.</source>
        <translation>无法以这种方式解决此冲突。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The value to keep:</source>
        <translation>要保留的值：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The value to keep, as JSON (empty: absent):</source>
        <translation>要保留的值，JSON 格式（留空：不存在）：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That value does not fit here; the conflict is still open.</source>
        <translation>该值不适用于此处；冲突仍未解决。</translation>
    </message>
</context>
<context>
    <name>faultline::Versioning</name>
    <message>
        <location filename="../model/versioning/conflictresolution.cpp" line="+65"/>
        <source>no conflict %1</source>
        <translation>没有冲突 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: not a valid value: %2</source>
        <translation>%1：不是有效的值：%2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: %2 is not in the document</source>
        <translation>%1：%2 不在文档中</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>(absent)</source>
        <translation>（不存在）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: deleted on our side, kept or changed on theirs</source>
        <translation>%1：我方已删除，对方保留或修改</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: deleted on their side, kept or changed on ours</source>
        <translation>%1：对方已删除，我方保留或修改</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2: base %3, ours %4, theirs %5</source>
        <translation>%1，%2：基础 %3，我方 %4，对方 %5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>whole element</source>
        <translation>整个元素</translation>
    </message>
    <message>
        <location filename="../model/versioning/documentdiff.cpp" line="+95"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1: %2 %3 → %4</source>
        <translation>%1：%2 %3 → %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: moved %2</source>
        <translation>%1：移动了 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: re-routed %2</source>
        <translation>%1：重新布线 %2</translation>
    </message>
    <message>
        <location filename="../model/versioning/elementrecords.cpp" line="+302"/>
        <source>incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discussion</source>
        <translation>讨论</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>checklist entry</source>
        <translation>检查清单条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>factor</source>
        <translation>因素</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interpretation</source>
        <translation>解读</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>placement of</source>
        <translation>放置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>link</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>crux record</source>
        <translation>关键分歧记录</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 in %2</source>
        <translation>%2 中的 %1</translation>
    </message>
    <message>
        <location filename="../model/versioning/gitclient.cpp" line="+16"/>
        <source>git is not installed or not on the PATH (install the package &quot;git&quot;)</source>
        <translation>git 未安装或不在 PATH 中（请安装软件包“git”）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>git %1 did not finish</source>
        <translation>git %1 未完成</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>git %1 failed: %2</source>
        <translation>git %1 失败：%2</translation>
    </message>
    <message>
        <location filename="../model/versioning/threewaymerge.cpp" line="+334"/>
        <source>%1 was added on both sides: theirs is now %2</source>
        <translation>%1 在双方都被添加：对方的现在为 %2</translation>
    </message>
</context>
<context>
    <name>faultline::WindowActions</name>
    <message>
        <location filename="../app/window/windowactions.cpp" line="+155"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a new incident</source>
        <translation>新建一个事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open an incident file</source>
        <translation>打开事件文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the incident</source>
        <translation>保存事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the incident under another name</source>
        <translation>以其他名称保存事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New from E&amp;xample…</source>
        <translation>从示例新建(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start from a published failure example of the library</source>
        <translation>从示例库中已发表的失败案例开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import Interpretations…</source>
        <translation>导入解读(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the interpretations of another file of the same incident (a colleague&apos;s reading)</source>
        <translation>添加同一事件另一个文件中的解读（例如同事的解读）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;DOT as Interpretation…</source>
        <translation>将 DOT 导入为解读(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read a Graphviz file as a new interpretation</source>
        <translation>将 Graphviz 文件读取为新的解读</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export diagrams as PNG, SVG or PDF</source>
        <translation>将图表导出为 PNG、SVG 或 PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the incident and start an empty one</source>
        <translation>关闭事件并新建一个空事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit Faultline</source>
        <translation>退出 Faultline</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cut the selected factors</source>
        <translation>剪切所选因素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the selected factors</source>
        <translation>复制所选因素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paste factors into this interpretation</source>
        <translation>将因素粘贴到此解读中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;Y)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate the selected factors as new factors</source>
        <translation>将所选因素复制为新因素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selection from this interpretation</source>
        <translation>从此解读中删除所选内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select everything in this interpretation</source>
        <translation>选择此解读中的全部内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename Factor</source>
        <translation>重命名因素(&amp;M)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the selected factor&apos;s label</source>
        <translation>编辑所选因素的标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;onnect…</source>
        <translation>连接(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link the selected factor to another: choose with Tab or the arrows, Enter to link</source>
        <translation>将所选因素连接到另一个因素：用 Tab 或方向键选择，按 Enter 连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find a factor by its label</source>
        <translation>按标签查找因素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the next matching factor</source>
        <translation>转到下一个匹配的因素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy as &amp;Image</source>
        <translation>复制为图像(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the diagram (or the selection) on the clipboard as PNG and SVG</source>
        <translation>将图表（或所选内容）以 PNG 和 SVG 格式放入剪贴板</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom to &amp;Fit</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the whole diagram</source>
        <translation>显示整个图表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom to 100%</source>
        <translation>缩放到 100%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Snap to Grid</source>
        <translation>对齐网格(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place and move factors on the grid</source>
        <translation>在网格上放置和移动因素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plain</source>
        <translation>普通(&amp;P)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the diagram as drawn</source>
        <translation>按绘制原样显示图表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Root Cause Lens</source>
        <translation>根本原因视角(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emphasise root causes and their paths to the observed behaviour</source>
        <translation>突出显示根本原因及其通向观察到的行为的路径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Levers Lens</source>
        <translation>杠杆视角(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show levers and which causal paths an intervention cuts</source>
        <translation>显示杠杆以及干预会切断哪些因果路径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gaps Lens</source>
        <translation>差距视角(&amp;G)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show each factor&apos;s actual and ideal state</source>
        <translation>显示每个因素的实际状态与理想状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lay Out Interpretation</source>
        <translation>布局解读(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrange the diagram automatically, causes above effects</source>
        <translation>自动排列图表，原因位于结果上方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lay Out &amp;Selection</source>
        <translation>布局所选(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrange only the selected factors; the rest stays in place</source>
        <translation>仅排列所选因素；其余保持原位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pin in Place</source>
        <translation>固定位置(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic layout keeps the selected factors where they are</source>
        <translation>自动布局时所选因素保持原位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New Interpretation</source>
        <translation>新建解读(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add another reading of the incident</source>
        <translation>为事件添加另一个解读</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename Interpretation…</source>
        <translation>重命名解读(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the current interpretation</source>
        <translation>重命名当前解读</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duplicate Interpretation</source>
        <translation>复制解读(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the current interpretation, sharing its factors</source>
        <translation>复制当前解读，并共享其因素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete Interpretation</source>
        <translation>删除解读(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the current interpretation (its factors stay in the incident)</source>
        <translation>删除当前解读（其因素仍保留在事件中）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare Interpretations…</source>
        <translation>比较解读(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show 2–4 interpretations side by side with their cruxes</source>
        <translation>并排显示 2–4 个解读及其分歧点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Present</source>
        <translation>演示(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen for a discussion: step through readings and cruxes</source>
        <translation>用于讨论的全屏模式：逐一浏览各解读和分歧点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt Pane</source>
        <translation>下一个窗格(&amp;X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the keyboard focus to the next pane: canvas, palette, lists, inspector</source>
        <translation>将键盘焦点移到下一个窗格：画布、因素面板、列表、检查器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;vious Pane</source>
        <translation>上一个窗格(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the keyboard focus to the previous pane</source>
        <translation>将键盘焦点移到上一个窗格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;Custom Kind…</source>
        <translation>新建自定义类型(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Define a kind of factor beyond the built-in ones</source>
        <translation>在内置类型之外定义一种因素类型</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a factor of kind “%1” at the centre of the view</source>
        <translation>在视图中央添加一个“%1”类型的因素</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quick Guide</source>
        <translation>快速指南(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The framing and the editor&apos;s gestures in two pages</source>
        <translation>用两页介绍分析框架和编辑器操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every shortcut, by menu</source>
        <translation>按菜单列出所有快捷键</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Faultline</source>
        <translation>关于 Faultline(&amp;A)</translation>
    </message>
</context>
<context>
    <name>faultline::WindowLayout</name>
    <message>
        <location filename="../app/window/windowlayout.cpp" line="+80"/>
        <source>Presentation &amp;Layout</source>
        <translation>演示布局(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide every panel so the diagram fills the window (for a projector); again to bring them back</source>
        <translation>隐藏所有面板，让图表占满窗口（用于投影仪）；再次选择即可恢复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Collapse Lower Panels</source>
        <translation>折叠下方面板(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shrink the panels under the inspector to a strip of their titles, so the inspector gets the height; a click on a title brings them back</source>
        <translation>将检查器下方的面板收起为一条标题栏，让检查器获得高度；点击标题即可恢复</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+244"/>
        <source>Lower Panels</source>
        <translation>下方面板</translation>
    </message>
</context>
</TS>
