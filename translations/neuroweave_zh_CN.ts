<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Engine</name>
    <message>
        <source>No such layer</source>
        <translation>没有这个层</translation>
    </message>
    <message>
        <source>No such port</source>
        <translation>没有这个端口</translation>
    </message>
    <message>
        <source>The input is already connected</source>
        <translation>该输入已连接</translation>
    </message>
    <message>
        <source>A layer cannot feed itself</source>
        <translation>层不能连接到自身</translation>
    </message>
    <message>
        <source>The wires would form a loop</source>
        <translation>连线会形成环路</translation>
    </message>
    <message>
        <source>The wire exists already</source>
        <translation>该连线已存在</translation>
    </message>
    <message>
        <source>No such attribute</source>
        <translation>没有这个属性</translation>
    </message>
    <message>
        <source>An attribute has the wrong type</source>
        <translation>属性类型错误</translation>
    </message>
    <message>
        <source>An attribute is out of range</source>
        <translation>属性超出范围</translation>
    </message>
    <message>
        <source>An input is not connected</source>
        <translation>有输入未连接</translation>
    </message>
    <message>
        <source>The shapes do not fit</source>
        <translation>形状不匹配</translation>
    </message>
    <message>
        <source>No Input layer</source>
        <translation>没有 Input 层</translation>
    </message>
    <message>
        <source>More than one Input layer</source>
        <translation>多于一个 Input 层</translation>
    </message>
    <message>
        <source>No output</source>
        <translation>没有输出</translation>
    </message>
    <message>
        <source>More than one output</source>
        <translation>多于一个输出</translation>
    </message>
    <message>
        <source>An invalid setting</source>
        <translation>无效的设置</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <source>The file cannot be read</source>
        <translation>无法读取文件</translation>
    </message>
    <message>
        <source>The file cannot be written</source>
        <translation>无法写入文件</translation>
    </message>
    <message>
        <source>The file is not valid JSON</source>
        <translation>文件不是有效的 JSON</translation>
    </message>
    <message>
        <source>A field has the wrong type</source>
        <translation>字段类型错误</translation>
    </message>
    <message>
        <source>A field is missing</source>
        <translation>缺少字段</translation>
    </message>
    <message>
        <source>A value is not allowed</source>
        <translation>值不被允许</translation>
    </message>
    <message>
        <source>Unknown layer kind</source>
        <translation>未知的层类型</translation>
    </message>
    <message>
        <source>Unsupported file version</source>
        <translation>不支持的文件版本</translation>
    </message>
    <message>
        <source>The data does not fit the network</source>
        <translation>数据与网络不匹配</translation>
    </message>
    <message>
        <source>The data is not scaled</source>
        <translation>数据未缩放</translation>
    </message>
    <message>
        <source>Training diverged</source>
        <translation>训练发散</translation>
    </message>
    <message>
        <source>The loss does not fit the output</source>
        <translation>损失函数与输出不匹配</translation>
    </message>
    <message>
        <source>The format cannot express this model</source>
        <translation>该格式无法表示此模型</translation>
    </message>
    <message>
        <source>The exported model failed its check</source>
        <translation>导出的模型未通过检查</translation>
    </message>
    <message>
        <source>Dense expects a flat input, got %1: insert Flatten before it</source>
        <translation>Dense 需要扁平输入，实际为 %1：请在它前面插入 Flatten</translation>
    </message>
    <message>
        <source>A node id must be a positive number</source>
        <translation>节点 ID 必须是正数</translation>
    </message>
    <message>
        <source>Node id %1 is used twice</source>
        <translation>节点 ID %1 被使用了两次</translation>
    </message>
    <message>
        <source>A node needs a name</source>
        <translation>节点需要一个名称</translation>
    </message>
    <message>
        <source>The name &apos;%1&apos; is used by another node</source>
        <translation>名称 &apos;%1&apos; 已被另一个节点使用</translation>
    </message>
    <message>
        <source>The Input layer &apos;%1&apos; cannot be disabled</source>
        <translation>Input 层 &apos;%1&apos; 不能被停用</translation>
    </message>
    <message>
        <source>%1 has %2 attributes, got %3</source>
        <translation>%1 有 %2 个属性，实际为 %3 个</translation>
    </message>
    <message>
        <source>There is no node %1</source>
        <translation>不存在节点 %1</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; has 1 output, not port %3</source>
        <translation>%1 &apos;%2&apos; 只有 1 个输出，没有端口 %3</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; has %3 input, so input port %4 does not exist</source>
        <translation>%1 &apos;%2&apos; 有 %3 个输入，所以输入端口 %4 不存在</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; has %3 inputs, so input port %4 does not exist</source>
        <translation>%1 &apos;%2&apos; 有 %3 个输入，所以输入端口 %4 不存在</translation>
    </message>
    <message>
        <source>A layer cannot feed itself: &apos;%1&apos;</source>
        <translation>层不能连接到自身：&apos;%1&apos;</translation>
    </message>
    <message>
        <source>These ports are already connected</source>
        <translation>这两个端口已经连接</translation>
    </message>
    <message>
        <source>Input %1 of &apos;%2&apos; is already fed by &apos;%3&apos;: disconnect it first</source>
        <translation>&apos;%2&apos; 的输入 %1 已由 &apos;%3&apos; 连接：请先断开它</translation>
    </message>
    <message>
        <source>Connecting &apos;%1&apos; to &apos;%2&apos; would make a cycle: &apos;%2&apos; already feeds &apos;%1&apos;</source>
        <translation>将 &apos;%1&apos; 连接到 &apos;%2&apos; 会形成环路：&apos;%2&apos; 已经连到 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; outputs %2, which %3 &apos;%4&apos; cannot take. %5</source>
        <translation>&apos;%1&apos; 输出 %2，%3 &apos;%4&apos; 无法接收。%5</translation>
    </message>
    <message>
        <source>These ports are not connected</source>
        <translation>这两个端口没有连接</translation>
    </message>
    <message>
        <source>%1 has no attribute &apos;%2&apos;</source>
        <translation>%1 没有属性 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>The wire to fix no longer exists</source>
        <translation>要修复的连线已不存在</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; has nothing connected to its input &apos;%3&apos;: connect a layer to it</source>
        <translation>%1 &apos;%2&apos; 的输入 &apos;%3&apos; 没有连接：请连接一个层</translation>
    </message>
    <message>
        <source>The network has no Input layer: add one</source>
        <translation>网络没有 Input 层：请添加一个</translation>
    </message>
    <message>
        <source>The network has %1 Input layers (%2); it needs exactly one</source>
        <translation>网络有 %1 个 Input 层（%2）；只能有一个</translation>
    </message>
    <message>
        <source>The network has %1 unconnected outputs (%2); connect them so one layer is the output</source>
        <translation>网络有 %1 个未连接的输出（%2）；请把它们连起来，让一个层作为输出</translation>
    </message>
    <message>
        <source>The network has no layer after its Input: add one</source>
        <translation>网络在 Input 之后没有层：请添加一个</translation>
    </message>
    <message>
        <source>Add needs two inputs of the same shape, got %1 and %2</source>
        <translation>Add 需要两个形状相同的输入，实际为 %1 和 %2</translation>
    </message>
    <message>
        <source>Concat joins along the first dimension (channels or features) and needs the others equal, got %1 and %2</source>
        <translation>Concat 沿第一个维度（通道或特征）拼接，其余维度必须相同，实际为 %1 和 %2</translation>
    </message>
    <message>
        <source>Softmax expects a flat input, got %1: insert Flatten before it</source>
        <translation>Softmax 需要扁平输入，实际为 %1：请在它前面插入 Flatten</translation>
    </message>
    <message>
        <source>%1 expects a channels×height×width input, got %2: insert Reshape before it</source>
        <translation>%1 需要 通道×高×宽 的输入，实际为 %2：请在它前面插入 Reshape</translation>
    </message>
    <message>
        <source>%1 expects a channels×height×width input, got %2</source>
        <translation>%1 需要 通道×高×宽 的输入，实际为 %2</translation>
    </message>
    <message>
        <source>%1&apos;s %2×%2 window (dilation %3, spanning %4) does not fit the %5×%6 input: use &apos;same&apos; padding or a smaller window</source>
        <translation>%1 的 %2×%2 窗口（膨胀 %3，跨度 %4）放不进 %5×%6 的输入：请使用 &apos;same&apos; 填充或更小的窗口</translation>
    </message>
    <message>
        <source>%1&apos;s %2×%2 window does not fit the %3×%4 input: use &apos;same&apos; padding or a smaller window</source>
        <translation>%1 的 %2×%2 窗口放不进 %3×%4 的输入：请使用 &apos;same&apos; 填充或更小的窗口</translation>
    </message>
    <message>
        <source>Reshape cannot make %1 (%2 values) into %3 (%4 values): the sizes must be equal</source>
        <translation>Reshape 无法把 %1（%2 个值）变为 %3（%4 个值）：大小必须相等</translation>
    </message>
    <message>
        <source>Adds two inputs of the same shape value by value: the skip connection of a residual block.</source>
        <translation>逐值相加两个形状相同的输入：残差块中的跳跃连接。</translation>
    </message>
    <message>
        <source>Averages each window: a smaller, smoother image.</source>
        <translation>对每个窗口取平均：得到更小、更平滑的图像。</translation>
    </message>
    <message>
        <source>Normalises each feature (after Dense) or channel (after Conv2D) over the batch, then scales and shifts it; uses running averages at inference.</source>
        <translation>在批次上归一化每个特征（Dense 之后）或通道（Conv2D 之后），再缩放和平移；推理时使用滑动平均。</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <source>How much of the running mean and variance each training step keeps</source>
        <translation>每个训练步保留多少滑动均值和方差</translation>
    </message>
    <message>
        <source>ε</source>
        <translation>ε</translation>
    </message>
    <message>
        <source>Added to the variance so a constant feature does not divide by zero</source>
        <translation>加到方差上，使常数特征不会除以零</translation>
    </message>
    <message>
        <source>Joins two inputs: images along their channels, flat inputs along their features (the branches of an Inception block).</source>
        <translation>拼接两个输入：图像沿通道拼接，扁平输入沿特征拼接（Inception 块的各个分支）。</translation>
    </message>
    <message>
        <source>Slides learned filters over an image; each filter makes one output channel.</source>
        <translation>在图像上滑动学习到的滤波器；每个滤波器产生一个输出通道。</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>滤波器数</translation>
    </message>
    <message>
        <source>Number of filters, the output channels</source>
        <translation>滤波器的数量，即输出通道数</translation>
    </message>
    <message>
        <source>Kernel size</source>
        <translation>卷积核大小</translation>
    </message>
    <message>
        <source>Height and width of each square filter</source>
        <translation>每个正方形滤波器的高和宽</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>步长</translation>
    </message>
    <message>
        <source>Step between two filter positions</source>
        <translation>滤波器两个位置之间的步长</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>valid: only where the filter fits; same: pad with zeros so the output is ⌈input/stride⌉</source>
        <translation>valid：只在滤波器放得下的位置；same：用零填充，使输出为 ⌈输入/步长⌉</translation>
    </message>
    <message>
        <source>Dilation</source>
        <translation>膨胀</translation>
    </message>
    <message>
        <source>Spacing between the filter&apos;s taps; above 1 widens its view</source>
        <translation>滤波器采样点之间的间距；大于 1 时扩大其视野</translation>
    </message>
    <message>
        <source>Use bias</source>
        <translation>使用偏置</translation>
    </message>
    <message>
        <source>Add a learned bias to every output channel</source>
        <translation>给每个输出通道加上一个学习到的偏置</translation>
    </message>
    <message>
        <source>Initializer</source>
        <translation>初始化方式</translation>
    </message>
    <message>
        <source>How W is drawn: He for the ReLU family (the usual choice after a convolution), Glorot for tanh/sigmoid</source>
        <translation>W 的初始化方式：ReLU 系列用 He（卷积之后的常用选择），tanh/sigmoid 用 Glorot</translation>
    </message>
    <message>
        <source>Fully connected: every output neuron weighs every input.</source>
        <translation>全连接：每个输出神经元对每个输入加权。</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单元数</translation>
    </message>
    <message>
        <source>Number of output neurons</source>
        <translation>输出神经元的数量</translation>
    </message>
    <message>
        <source>Add a learned bias b to every output</source>
        <translation>给每个输出加上一个学习到的偏置 b</translation>
    </message>
    <message>
        <source>How W is drawn: Glorot for tanh/sigmoid, He for the ReLU family</source>
        <translation>W 的初始化方式：tanh/sigmoid 用 Glorot，ReLU 系列用 He</translation>
    </message>
    <message>
        <source>While training, zeroes random values so the network cannot rely on any one of them; does nothing at inference.</source>
        <translation>训练时随机将一些值置零，使网络不能依赖其中任何一个；推理时不起作用。</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>Probability p that a value is dropped in a training step</source>
        <translation>一个值在一个训练步中被丢弃的概率 p</translation>
    </message>
    <message>
        <source>Exponential linear unit: like ReLU, but negative values bend smoothly towards -α.</source>
        <translation>指数线性单元：类似 ReLU，但负值平滑地趋向 -α。</translation>
    </message>
    <message>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <source>The value negative inputs tend to is -α</source>
        <translation>负输入趋向的值为 -α</translation>
    </message>
    <message>
        <source>Lays an image&apos;s values out in one row, so a Dense layer can read them.</source>
        <translation>把图像的值排成一行，以便 Dense 层读取。</translation>
    </message>
    <message>
        <source>Gaussian error linear unit: a smooth ReLU used by transformers.</source>
        <translation>高斯误差线性单元：Transformer 使用的平滑 ReLU。</translation>
    </message>
    <message>
        <source>Averages each channel over the whole image: one value per channel, whatever the image size.</source>
        <translation>对每个通道在整幅图像上取平均：每个通道一个值，与图像大小无关。</translation>
    </message>
    <message>
        <source>Passes its input on unchanged (a linear activation): a named point to branch from or probe.</source>
        <translation>原样传递输入（线性激活）：一个可命名的分支点或观测点。</translation>
    </message>
    <message>
        <source>Where samples enter the network; its shape is the shape of one sample.</source>
        <translation>样本进入网络的地方；它的形状就是一个样本的形状。</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>The shape of one sample: features, or channels×height×width</source>
        <translation>一个样本的形状：特征数，或 通道×高×宽</translation>
    </message>
    <message>
        <source>Normalises each sample over all its values, then scales and shifts each value; independent of the batch.</source>
        <translation>在每个样本的全部值上归一化，再缩放和平移每个值；与批次无关。</translation>
    </message>
    <message>
        <source>Added to the variance so a constant sample does not divide by zero</source>
        <translation>加到方差上，使常数样本不会除以零</translation>
    </message>
    <message>
        <source>Like ReLU, but negative values keep a small slope so neurons never die.</source>
        <translation>类似 ReLU，但负值保留一个小斜率，使神经元不会&quot;死亡&quot;。</translation>
    </message>
    <message>
        <source>Slope α</source>
        <translation>斜率 α</translation>
    </message>
    <message>
        <source>Slope for negative inputs</source>
        <translation>负输入的斜率</translation>
    </message>
    <message>
        <source>Keeps the largest value of each window: a smaller image that keeps the strongest responses.</source>
        <translation>保留每个窗口中的最大值：得到更小的图像，保留最强的响应。</translation>
    </message>
    <message>
        <source>Rectified linear unit: passes positive values, zeroes negative ones.</source>
        <translation>修正线性单元：正值通过，负值置零。</translation>
    </message>
    <message>
        <source>Gives the same values another shape of the same size, e.g. 784 as a 1×28×28 image.</source>
        <translation>给相同的值换一个大小相同的形状，例如把 784 变成 1×28×28 的图像。</translation>
    </message>
    <message>
        <source>Target shape</source>
        <translation>目标形状</translation>
    </message>
    <message>
        <source>The shape of one output sample: features, or channels×height×width</source>
        <translation>一个输出样本的形状：特征数，或 通道×高×宽</translation>
    </message>
    <message>
        <source>Squashes any value into (0, 1); the classic output for yes/no answers.</source>
        <translation>把任意值压缩到 (0, 1)；是/否 问题的经典输出。</translation>
    </message>
    <message>
        <source>Turns scores into probabilities that sum to 1; the usual output for classes.</source>
        <translation>把分数转换为总和为 1 的概率；分类的常用输出。</translation>
    </message>
    <message>
        <source>Pool size</source>
        <translation>池化大小</translation>
    </message>
    <message>
        <source>Height and width of the square window</source>
        <translation>正方形窗口的高和宽</translation>
    </message>
    <message>
        <source>Step between two windows; equal to the pool size, they tile</source>
        <translation>两个窗口之间的步长；等于池化大小时，窗口恰好铺满</translation>
    </message>
    <message>
        <source>valid: only whole windows; same: windows overhang the border so the output is ⌈input/stride⌉ (the overhang is ignored)</source>
        <translation>valid：只用完整的窗口；same：窗口可越过边界，使输出为 ⌈输入/步长⌉（越界部分忽略）</translation>
    </message>
    <message>
        <source>Swish, also called SiLU: x gated by its own sigmoid; smooth and non-monotonic.</source>
        <translation>Swish，又称 SiLU：x 乘以它自身的 sigmoid；平滑且非单调。</translation>
    </message>
    <message>
        <source>Squashes any value into (−1, 1), centred on zero.</source>
        <translation>把任意值压缩到 (−1, 1)，以零为中心。</translation>
    </message>
    <message numerus="yes">
        <source>neurons</source>
        <translation>
            <numerusform>个神经元</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>channels</source>
        <translation>
            <numerusform>个通道</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pixels</source>
        <translation>
            <numerusform>像素</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no such layer</source>
        <translation>没有这个层</translation>
    </message>
    <message>
        <source>Only a layer with one input wire can be deleted and its wires joined; &apos;%1&apos; has %2</source>
        <translation>只有一条输入连线的层才能删除并接通其连线；&apos;%1&apos; 有 %2 条</translation>
    </message>
    <message>
        <source>Without &apos;%1&apos;, &apos;%2&apos; cannot take what &apos;%3&apos; gives: %4</source>
        <translation>去掉 &apos;%1&apos; 后，&apos;%2&apos; 无法接收 &apos;%3&apos; 的输出：%4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is not installed: the folder %2 does not exist. Install it with `sudo apt-get install %3` (or `make deps` in the source tree)</source>
        <translation>%1 未安装：文件夹 %2 不存在。请用 `sudo apt-get install %3` 安装（或在源代码目录中运行 `make deps`）</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 等另外 %2 个</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; holds numbers, but line %2 has %3; expected a number such as 3 or -0.5</source>
        <translation>列 &apos;%1&apos; 存放的是数字，但第 %2 行是 %3；应为数字，例如 3 或 -0.5</translation>
    </message>
    <message>
        <source>%1: line %2, column %3 (%4)</source>
        <translation>%1：第 %2 行，第 %3 列（%4）</translation>
    </message>
    <message>
        <source>%1: line %2</source>
        <translation>%1：第 %2 行</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields, more than the %3 expected (%4); a field with the delimiter in it must be quoted</source>
        <translation>第 %1 行有 %2 个字段，多于预期的 %3 个（%4）；含有分隔符的字段必须加引号</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields, fewer than the %3 expected (%4)</source>
        <translation>第 %1 行有 %2 个字段，少于预期的 %3 个（%4）</translation>
    </message>
    <message>
        <source>The target &apos;%1&apos; is missing on line %2; a target cannot be filled in: skip the rows with missing values instead</source>
        <translation>第 %2 行缺少目标 &apos;%1&apos;；目标无法填补：请改为跳过有缺失值的行</translation>
    </message>
    <message>
        <source>%1 value is missing, the first on line %2 in column &apos;%3&apos;; choose to skip the rows with a missing value or to fill each with its column&apos;s mean</source>
        <translation>缺少 %1 个值，第一个在第 %2 行的列 &apos;%3&apos;；请选择跳过有缺失值的行，或用所在列的平均值填补</translation>
    </message>
    <message>
        <source>%1 values are missing, the first on line %2 in column &apos;%3&apos;; choose to skip the rows with a missing value or to fill each with its column&apos;s mean</source>
        <translation>缺少 %1 个值，第一个在第 %2 行的列 &apos;%3&apos;；请选择跳过有缺失值的行，或用所在列的平均值填补</translation>
    </message>
    <message>
        <source>Every one of the %1 rows has a missing value, so skipping them leaves no data</source>
        <translation>全部 %1 行都有缺失值，跳过它们后就没有数据了</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; has the value %2 on line %3, which the data set&apos;s encoding does not know; expected one of %4</source>
        <translation>列 &apos;%1&apos; 在第 %3 行的值 %2 不在数据集编码已知的取值中；应为以下之一：%4</translation>
    </message>
    <message>
        <source>The target &apos;%1&apos; is %2 on line %3, not one of the classes the model knows: %4</source>
        <translation>第 %3 行的目标 &apos;%1&apos; 为 %2，不是模型已知的类别之一：%4</translation>
    </message>
    <message>
        <source>byte %1</source>
        <translation>字节 %1</translation>
    </message>
    <message>
        <source>it is UTF-16 text (it starts with a UTF-16 byte order mark); save it as UTF-8</source>
        <translation>它是 UTF-16 文本（以 UTF-16 字节顺序标记开头）；请另存为 UTF-8</translation>
    </message>
    <message>
        <source>it is a ZIP archive (an .xlsx or .ods spreadsheet?), not text</source>
        <translation>它是 ZIP 压缩包（.xlsx 或 .ods 电子表格？），不是文本</translation>
    </message>
    <message>
        <source>it is gzip-compressed; decompress it first</source>
        <translation>它经过 gzip 压缩；请先解压</translation>
    </message>
    <message>
        <source>it is an old Office document (an .xls spreadsheet?), not text</source>
        <translation>它是旧版 Office 文档（.xls 电子表格？），不是文本</translation>
    </message>
    <message>
        <source>it is an image, not text</source>
        <translation>它是图像，不是文本</translation>
    </message>
    <message>
        <source>it looks like UTF-16 text; save it as UTF-8</source>
        <translation>它看起来是 UTF-16 文本；请另存为 UTF-8</translation>
    </message>
    <message>
        <source>it looks like a binary file, not text</source>
        <translation>它看起来是二进制文件，不是文本</translation>
    </message>
    <message>
        <source>The file has a NUL byte at line %1, column %2, so it is not a CSV text file: %3</source>
        <translation>文件在第 %1 行第 %2 列有一个 NUL 字节，因此不是 CSV 文本文件：%3</translation>
    </message>
    <message>
        <source>%1: line %2, column %3</source>
        <translation>%1：第 %2 行，第 %3 列</translation>
    </message>
    <message>
        <source>Field %1 opens a quote that is never closed; expected a closing &apos;&quot;&apos; before the end of the file</source>
        <translation>字段 %1 的引号始终没有闭合；文件结束前应有一个闭合的 &apos;&quot;&apos;</translation>
    </message>
    <message>
        <source>Field %1 has %2 after its closing quote; expected the delimiter or the end of the line (write a quote inside a quoted field as &quot;&quot;)</source>
        <translation>字段 %1 在闭合引号后还有 %2；应为分隔符或行尾（在带引号的字段中，引号要写成 &quot;&quot;）</translation>
    </message>
    <message>
        <source>%1: column %2 (%3)</source>
        <translation>%1：第 %2 列（%3）</translation>
    </message>
    <message>
        <source>the header has %1</source>
        <translation>表头有 %1 个</translation>
    </message>
    <message>
        <source>the first line has %1</source>
        <translation>第一行有 %1 个</translation>
    </message>
    <message>
        <source>Columns %1 and %2 are both named %3; each column needs its own name</source>
        <translation>第 %1 列和第 %2 列都叫 %3；每一列都需要自己的名称</translation>
    </message>
    <message>
        <source>The target &apos;%1&apos; must hold numbers for a regression</source>
        <translation>做回归时目标 &apos;%1&apos; 必须是数字</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; holds numbers (%2 of them)</source>
        <translation>列 &apos;%1&apos; 存放的是数字（共 %2 个）</translation>
    </message>
    <message>
        <source>%1, but line %2 has %3 and %4 more rows have text; expected a number such as 3 or -0.5</source>
        <translation>%1，但第 %2 行是 %3，另有 %4 行是文本；应为数字，例如 3 或 -0.5</translation>
    </message>
    <message>
        <source>%1, but line %2 has %3; expected a number such as 3 or -0.5</source>
        <translation>%1，但第 %2 行是 %3；应为数字，例如 3 或 -0.5</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; has no values at all; leave it out of the features</source>
        <translation>列 &apos;%1&apos; 完全没有值；请不要把它用作特征</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; has more than %2 different text values; one-hot encoding would add a feature for each. Leave it out of the features (an identifier or free text rarely helps)</source>
        <translation>列 &apos;%1&apos; 有超过 %2 个不同的文本值；独热编码会为每个值增加一个特征。请不要把它用作特征（标识符或自由文本很少有帮助）</translation>
    </message>
    <message>
        <source>The target &apos;%1&apos; has more than %2 different values, too many classes; a numeric target can be learnt as regression</source>
        <translation>目标 &apos;%1&apos; 有超过 %2 个不同的值，类别太多；数值目标可以按回归来学习</translation>
    </message>
    <message>
        <source>The target &apos;%1&apos; has only one class (%2) in its %3 rows; classification needs at least two</source>
        <translation>目标 &apos;%1&apos; 在其 %3 行中只有一个类别（%2）；分类至少需要两个</translation>
    </message>
    <message>
        <source>The file has no data; expected a header line and rows of values</source>
        <translation>文件中没有数据；应有一行表头和若干行数值</translation>
    </message>
    <message>
        <source>No column is left for the features besides the target</source>
        <translation>除目标外没有剩下可作特征的列</translation>
    </message>
    <message>
        <source>%1 rows of %2 features are more than %3 values, too many to hold in memory</source>
        <translation>%1 行 × %2 个特征超过了 %3 个值，内存放不下</translation>
    </message>
    <message>
        <source>The data set&apos;s saved encoding cannot be used: %1</source>
        <translation>无法使用数据集已保存的编码：%1</translation>
    </message>
    <message>
        <source>the delimiter cannot be a quote or a line break</source>
        <translation>分隔符不能是引号或换行符</translation>
    </message>
    <message>
        <source>it has no feature columns</source>
        <translation>它没有特征列</translation>
    </message>
    <message>
        <source>the feature column %1 is not one of its columns</source>
        <translation>特征列 %1 不在它的列中</translation>
    </message>
    <message>
        <source>the categories of %1 must be distinct and sorted</source>
        <translation>%1 的类别必须互不相同且已排序</translation>
    </message>
    <message>
        <source>it has fewer than two classes</source>
        <translation>它的类别少于两个</translation>
    </message>
    <message>
        <source>The delimiter cannot be a quote or a line break; expected a comma, a semicolon or a tab</source>
        <translation>分隔符不能是引号或换行符；应为逗号、分号或制表符</translation>
    </message>
    <message>
        <source>The file has a header but no rows of data; expected at least one line of values</source>
        <translation>文件有表头但没有数据行；至少应有一行数值</translation>
    </message>
    <message>
        <source>There is no column %1 to predict; the columns are %2</source>
        <translation>没有要预测的列 %1；现有的列是 %2</translation>
    </message>
    <message>
        <source>There is no column %1 to leave out; the columns are %2</source>
        <translation>没有要排除的列 %1；现有的列是 %2</translation>
    </message>
    <message>
        <source>The header has no column %1, which the model reads; the columns are %2</source>
        <translation>表头中没有模型要读取的列 %1；现有的列是 %2</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields; expected %3 (%4), or one fewer without the target</source>
        <translation>第 %1 行有 %2 个字段；应为 %3 个（%4），不含目标时少一个</translation>
    </message>
    <message>
        <source>A %1 data set needs the path of its data</source>
        <translation>%1 数据集需要其数据的路径</translation>
    </message>
    <message>
        <source>A synthetic data set needs at least 2 samples, got %1</source>
        <translation>合成数据集至少需要 2 个样本，实际为 %1</translation>
    </message>
    <message>
        <source>Unknown data set source</source>
        <translation>未知的数据集来源</translation>
    </message>
    <message>
        <source>zlib could not start</source>
        <translation>zlib 无法启动</translation>
    </message>
    <message>
        <source>the file is truncated</source>
        <translation>文件不完整</translation>
    </message>
    <message>
        <source>the compressed data ends early</source>
        <translation>压缩数据提前结束</translation>
    </message>
    <message>
        <source>The gzip data is corrupt after %1 compressed bytes: %2</source>
        <translation>gzip 数据在 %1 个压缩字节后损坏：%2</translation>
    </message>
    <message>
        <source>The file inflates to more than %1 bytes</source>
        <translation>文件解压后超过 %1 字节</translation>
    </message>
    <message>
        <source>%1: byte %2</source>
        <translation>%1：字节 %2</translation>
    </message>
    <message>
        <source>The file is %1 bytes long; an IDX file starts with a 4-byte magic number</source>
        <translation>文件长 %1 字节；IDX 文件以 4 字节的魔数开头</translation>
    </message>
    <message>
        <source>Not an IDX file: the magic number must start with 00 00, got %1 %2</source>
        <translation>不是 IDX 文件：魔数必须以 00 00 开头，实际为 %1 %2</translation>
    </message>
    <message>
        <source>Unknown IDX value type code %1; expected 8, 9, 11, 12, 13 or 14</source>
        <translation>未知的 IDX 值类型代码 %1；应为 8、9、11、12、13 或 14</translation>
    </message>
    <message>
        <source>IDX rank %1 is not 1 to 4</source>
        <translation>IDX 阶数 %1 不在 1 到 4 之间</translation>
    </message>
    <message>
        <source>The header needs %1 bytes, the file has %2</source>
        <translation>文件头需要 %1 字节，文件只有 %2 字节</translation>
    </message>
    <message>
        <source>The dimensions describe more than %1 bytes of data</source>
        <translation>这些维度描述的数据超过 %1 字节</translation>
    </message>
    <message>
        <source>The header promises %1 %2 values (%3 bytes in all) but the file has %4 bytes</source>
        <translation>文件头声明有 %1 个 %2 值（共 %3 字节），但文件只有 %4 字节</translation>
    </message>
    <message>
        <source>IDX images need 2 to 4 dimensions (count, height, width), got %1</source>
        <translation>IDX 图像需要 2 到 4 个维度（数量、高度、宽度），实际为 %1</translation>
    </message>
    <message>
        <source>There are %1 images but %2 labels</source>
        <translation>有 %1 张图像，但有 %2 个标签</translation>
    </message>
    <message>
        <source>There are %1 images but no list of labels</source>
        <translation>有 %1 张图像，但没有标签列表</translation>
    </message>
    <message>
        <source>Label %1 is %2; labels must be whole numbers from 0</source>
        <translation>标签 %1 为 %2；标签必须是从 0 开始的整数</translation>
    </message>
    <message>
        <source>The images are %1 but those of %2 are %3</source>
        <translation>这些图像是 %1，但 %2 的图像是 %3</translation>
    </message>
    <message>
        <source>The folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>An MNIST-format folder needs train-images-idx3-ubyte and train-labels-idx1-ubyte (each may end in .gz); %1 lacks the labels</source>
        <translation>MNIST 格式的文件夹需要 train-images-idx3-ubyte 和 train-labels-idx1-ubyte（都可以以 .gz 结尾）；%1 缺少标签</translation>
    </message>
    <message>
        <source>An MNIST-format folder needs train-images-idx3-ubyte and train-labels-idx1-ubyte (each may end in .gz); %1 lacks the images</source>
        <translation>MNIST 格式的文件夹需要 train-images-idx3-ubyte 和 train-labels-idx1-ubyte（都可以以 .gz 结尾）；%1 缺少图像</translation>
    </message>
    <message>
        <source>The PNG image is truncated: it ends at byte %1 inside a chunk header, before the IEND chunk that closes a PNG file</source>
        <translation>PNG 图像不完整：它在字节 %1 处的块头中结束，缺少结束 PNG 文件的 IEND 块</translation>
    </message>
    <message>
        <source>The PNG image is truncated: the chunk at byte %1 declares %2 bytes of data but only %3 follow</source>
        <translation>PNG 图像不完整：字节 %1 处的块声明有 %2 字节数据，但后面只有 %3 字节</translation>
    </message>
    <message>
        <source>The JPEG image is corrupt: the Huffman table at byte %1 declares %2 codes; at most 256 are possible</source>
        <translation>JPEG 图像已损坏：字节 %1 处的霍夫曼表声明了 %2 个编码；最多只能有 256 个</translation>
    </message>
    <message>
        <source>The image size %1x%2 is out of range; width and height must be 1 to %3</source>
        <translation>图像尺寸 %1x%2 超出范围；宽度和高度必须在 1 到 %3 之间</translation>
    </message>
    <message>
        <source>The image file is empty</source>
        <translation>图像文件是空的</translation>
    </message>
    <message>
        <source>The image file is %1 bytes, too large to decode</source>
        <translation>图像文件有 %1 字节，太大，无法解码</translation>
    </message>
    <message>
        <source>Not a readable PNG, JPEG or BMP image (%1); expected one of these formats, uncorrupted</source>
        <translation>不是可读的 PNG、JPEG 或 BMP 图像（%1）；应为这些格式之一且未损坏</translation>
    </message>
    <message>
        <source>The image header declares %1x%2 pixels; at most %3 pixels are accepted</source>
        <translation>图像头声明为 %1x%2 像素；最多接受 %3 像素</translation>
    </message>
    <message>
        <source>The image could not be decoded (%1); the file is corrupt or truncated</source>
        <translation>无法解码图像（%1）；文件已损坏或不完整</translation>
    </message>
    <message>
        <source>The image could not be resized to %1x%2</source>
        <translation>无法把图像缩放为 %1x%2</translation>
    </message>
    <message>
        <source>Could not list the folder %1 (%2)</source>
        <translation>无法列出文件夹 %1 的内容（%2）</translation>
    </message>
    <message>
        <source>The image file is %1 bytes; at most %2 are accepted</source>
        <translation>图像文件有 %1 字节；最多接受 %2 字节</translation>
    </message>
    <message>
        <source>There is no folder %1</source>
        <translation>没有文件夹 %1</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder; expected a folder with one sub-folder of images per class</source>
        <translation>%1 是文件，不是文件夹；应为每个类别各有一个图像子文件夹的文件夹</translation>
    </message>
    <message>
        <source>The class folder %1 has no PNG, JPEG or BMP images (it is empty); put the class&apos;s images in it or remove it</source>
        <translation>类别文件夹 %1 中没有 PNG、JPEG 或 BMP 图像（它是空的）；请放入该类别的图像或删除它</translation>
    </message>
    <message>
        <source>The class folder %1 has no PNG, JPEG or BMP images (its %2 entries are other files or folders); put the class&apos;s images in it or remove it</source>
        <translation>类别文件夹 %1 中没有 PNG、JPEG 或 BMP 图像（其中的 %2 项是其他文件或文件夹）；请放入该类别的图像或删除它</translation>
    </message>
    <message>
        <source>%1 has no class sub-folders</source>
        <translation>%1 没有类别子文件夹</translation>
    </message>
    <message>
        <source>%1 has only one class sub-folder (%2)</source>
        <translation>%1 只有一个类别子文件夹（%2）</translation>
    </message>
    <message>
        <source>%1 (%2 image lies directly in the folder)</source>
        <translation>%1（有 %2 张图像直接放在该文件夹中）</translation>
    </message>
    <message>
        <source>%1 (%2 images lie directly in the folder)</source>
        <translation>%1（有 %2 张图像直接放在该文件夹中）</translation>
    </message>
    <message>
        <source>%1; expected one sub-folder of images per class, at least two, such as %2 and %3</source>
        <translation>%1；应为每个类别各一个图像子文件夹，至少两个，例如 %2 和 %3</translation>
    </message>
    <message>
        <source>%1 images of %2 values are more than %3 values, too many to hold in memory; choose a smaller size</source>
        <translation>%1 张图像 × 每张 %2 个值超过了 %3 个值，内存放不下；请选择更小的尺寸</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: %3</source>
        <translation>%1 &apos;%2&apos;：%3</translation>
    </message>
    <message>
        <source>Insert %1 to %2 between &apos;%3&apos; and &apos;%4&apos;</source>
        <translation>在 &apos;%3&apos; 和 &apos;%4&apos; 之间插入变为 %2 的 %1</translation>
    </message>
    <message>
        <source>Insert %1 between &apos;%2&apos; and &apos;%3&apos;</source>
        <translation>在 &apos;%2&apos; 和 &apos;%3&apos; 之间插入 %1</translation>
    </message>
    <message>
        <source>Enable &apos;%1&apos;</source>
        <translation>启用 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Could not save %1: %2 failed (%3)</source>
        <translation>无法保存 %1：%2失败（%3）</translation>
    </message>
    <message>
        <source>creating a temporary file in %1</source>
        <translation>在 %1 中创建临时文件</translation>
    </message>
    <message>
        <source>There is no file %1</source>
        <translation>没有文件 %1</translation>
    </message>
    <message>
        <source>%1 is a directory, not a file</source>
        <translation>%1 是目录，不是文件</translation>
    </message>
    <message>
        <source>Could not open %1 (%2)</source>
        <translation>无法打开 %1（%2）</translation>
    </message>
    <message>
        <source>Could not read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>setting permissions</source>
        <translation>设置权限</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>写入</translation>
    </message>
    <message>
        <source>flushing to disk</source>
        <translation>写入磁盘</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>replacing the file</source>
        <translation>替换文件</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>介于 %1 和 %2 之间</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>至少为 %1</translation>
    </message>
    <message>
        <source>greater than %1</source>
        <translation>大于 %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>至多为 %1</translation>
    </message>
    <message>
        <source>less than %1</source>
        <translation>小于 %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 且 %2</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1</source>
        <translation>文件不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>an unexpected value</source>
        <translation>意外的值</translation>
    </message>
    <message>
        <source>Expected %1, got %2</source>
        <translation>应为%1，实际为 %2</translation>
    </message>
    <message>
        <source>The field &apos;%1&apos; is missing</source>
        <translation>缺少字段 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Unknown field &apos;%1&apos;</source>
        <translation>未知字段 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Expected %1 elements, got %2</source>
        <translation>应有 %1 个元素，实际为 %2</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>Must be %1, got %2</source>
        <translation>必须%1，实际为 %2</translation>
    </message>
    <message>
        <source>Must not be negative, got %1</source>
        <translation>不能为负数，实际为 %1</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a number, null or &quot;Infinity&quot;</source>
        <translation>数字、null 或 &quot;Infinity&quot;</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>The exported ONNX model fails ONNX&apos;s checks: %1</source>
        <translation>导出的 ONNX 模型未通过 ONNX 的检查：%1</translation>
    </message>
    <message>
        <source>The ONNX model could not be serialised (over 2 GB?)</source>
        <translation>无法序列化 ONNX 模型（超过 2 GB？）</translation>
    </message>
    <message>
        <source>The layer &apos;%1&apos; (%2) has no ONNX form in this version</source>
        <translation>此版本中层 &apos;%1&apos;（%2）没有对应的 ONNX 形式</translation>
    </message>
    <message>
        <source>The project holds no trained weights: train it first</source>
        <translation>项目中没有训练好的权重：请先训练</translation>
    </message>
    <message>
        <source>The samples have %1 values but the Input layer takes %2 (%3 values)</source>
        <translation>样本有 %1 个值，但 Input 层接收 %2（%3 个值）</translation>
    </message>
    <message>
        <source>The delimiter is one character, got &quot;%1&quot;</source>
        <translation>分隔符是单个字符，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&apos;task&apos; is &quot;classification&quot; or &quot;regression&quot;, got &quot;%1&quot;</source>
        <translation>&apos;task&apos; 应为 &quot;classification&quot; 或 &quot;regression&quot;，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Unknown missing-value policy &apos;%1&apos;</source>
        <translation>未知的缺失值策略 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no option &apos;%2&apos;; expected one of %3</source>
        <translation>&apos;%1&apos; 没有选项 &apos;%2&apos;；应为以下之一：%3</translation>
    </message>
    <message>
        <source>Unknown layer kind &apos;%1&apos;; this build knows %2</source>
        <translation>未知的层类型 &apos;%1&apos;；此版本支持 %2</translation>
    </message>
    <message>
        <source>A parameter has at most %1 dimensions, got %2</source>
        <translation>参数最多有 %1 个维度，实际为 %2</translation>
    </message>
    <message>
        <source>Not float32 values in base64</source>
        <translation>不是 base64 编码的 float32 值</translation>
    </message>
    <message>
        <source>The shape %1 needs %2, but the data holds %3</source>
        <translation>形状 %1 需要 %2，但数据中有 %3 个</translation>
    </message>
    <message>
        <source>more values than a file can hold</source>
        <translation>超过文件能容纳的值</translation>
    </message>
    <message>
        <source>%1 values</source>
        <translation>%1 个值</translation>
    </message>
    <message>
        <source>Weights for node %1, which the graph does not have</source>
        <translation>权重属于节点 %1，但图中没有该节点</translation>
    </message>
    <message>
        <source>Node %1 has weights listed twice</source>
        <translation>节点 %1 的权重列出了两次</translation>
    </message>
    <message>
        <source>Run %1 is listed twice</source>
        <translation>运行 %1 列出了两次</translation>
    </message>
    <message>
        <source>There is no run %1</source>
        <translation>没有运行 %1</translation>
    </message>
    <message>
        <source>This is not a Neuroweave project: &apos;format&apos; is &apos;%1&apos;</source>
        <translation>这不是 Neuroweave 项目：&apos;format&apos; 为 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The file is in project format version %1, made by a newer Neuroweave; this build reads versions up to %2</source>
        <translation>文件是项目格式第 %1 版，由更新的 Neuroweave 创建；此版本最多只能读取第 %2 版</translation>
    </message>
    <message>
        <source>Unknown optimizer &apos;%1&apos;</source>
        <translation>未知的优化器 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Unknown learning-rate schedule &apos;%1&apos;</source>
        <translation>未知的学习率调度 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Unknown early-stopping metric &apos;%1&apos;</source>
        <translation>未知的提前停止指标 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Unknown synthetic data set &apos;%1&apos;</source>
        <translation>未知的合成数据集 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The delimiter is one character (not a quote or a line break) or &quot;auto&quot;, got &quot;%1&quot;</source>
        <translation>分隔符是单个字符（不能是引号或换行符）或 &quot;auto&quot;，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&apos;header&apos; is &quot;auto&quot;, &quot;yes&quot; or &quot;no&quot;, got &quot;%1&quot;</source>
        <translation>&apos;header&apos; 应为 &quot;auto&quot;、&quot;yes&quot; 或 &quot;no&quot;，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&apos;task&apos; is &quot;auto&quot;, &quot;classification&quot; or &quot;regression&quot;, got &quot;%1&quot;</source>
        <translation>&apos;task&apos; 应为 &quot;auto&quot;、&quot;classification&quot; 或 &quot;regression&quot;，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Unknown colour mode &apos;%1&apos;</source>
        <translation>未知的颜色模式 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Unknown data set source &apos;%1&apos;</source>
        <translation>未知的数据集来源 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Unknown built-in data set &apos;%1&apos;</source>
        <translation>未知的内置数据集 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>A data set read from files needs its &apos;path&apos;</source>
        <translation>从文件读取的数据集需要 &apos;path&apos;</translation>
    </message>
    <message>
        <source>The validation and test fractions leave no training data: together they must be less than 1</source>
        <translation>验证比例和测试比例没有给训练留下数据：两者之和必须小于 1</translation>
    </message>
    <message>
        <source>Unknown scaling &apos;%1&apos;</source>
        <translation>未知的缩放方式 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;offset&apos; has %1 values but &apos;scale&apos; has %2</source>
        <translation>&apos;offset&apos; 有 %1 个值，但 &apos;scale&apos; 有 %2 个</translation>
    </message>
    <message>
        <source>Unknown loss &apos;%1&apos;</source>
        <translation>未知的损失函数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Unknown run outcome &apos;%1&apos;</source>
        <translation>未知的运行结果 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Cannot create the folder: %1</source>
        <translation>无法创建文件夹：%1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be between %2 and %3, got %4</source>
        <translation>&apos;%1&apos; 必须介于 %2 和 %3 之间，实际为 %4</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number</source>
        <translation>&apos;%1&apos; 必须是整数</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a number</source>
        <translation>&apos;%1&apos; 必须是数字</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation>&apos;%1&apos; 必须是真或假</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be one of its options</source>
        <translation>&apos;%1&apos; 必须是它的选项之一</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no option number %2</source>
        <translation>&apos;%1&apos; 没有第 %2 号选项</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of dimensions</source>
        <translation>&apos;%1&apos; 必须是维度列表</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must have 1 to 3 dimensions</source>
        <translation>&apos;%1&apos; 必须有 1 到 3 个维度</translation>
    </message>
    <message>
        <source>&apos;%1&apos; dimensions must be between %2 and %3</source>
        <translation>&apos;%1&apos; 的各维度必须介于 %2 和 %3 之间</translation>
    </message>
    <message>
        <source>unknown attribute type</source>
        <translation>未知的属性类型</translation>
    </message>
    <message>
        <source>Unknown goal kind &apos;%1&apos;; the kinds are %2</source>
        <translation>未知的目标类型 &apos;%1&apos;；可用类型为 %2</translation>
    </message>
    <message>
        <source>Unknown metric &apos;%1&apos;; a goal can look at validationAccuracy, validationLoss, trainAccuracy or trainLoss</source>
        <translation>未知的指标 &apos;%1&apos;；目标可以使用 validationAccuracy、validationLoss、trainAccuracy 或 trainLoss</translation>
    </message>
    <message>
        <source>Unknown layer kind &apos;%1&apos;</source>
        <translation>未知的层类型 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Unknown setting &apos;%1&apos;</source>
        <translation>未知的设置 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Unknown outcome &apos;%1&apos;; a run ends completed, stopped, early-stopped or diverged</source>
        <translation>未知的结果 &apos;%1&apos;；运行的结束方式为 completed、stopped、early-stopped 或 diverged</translation>
    </message>
    <message>
        <source>&apos;train&apos; is fresh, continue or no, not &apos;%1&apos;</source>
        <translation>&apos;train&apos; 应为 fresh、continue 或 no，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a control an assignment can lock: a training setting (as train --set names it) or &apos;dataset&apos;</source>
        <translation>&apos;%1&apos; 不是作业可以锁定的控件：应为训练设置（按 train --set 的命名）或 &apos;dataset&apos;</translation>
    </message>
    <message>
        <source>This is not a Neuroweave lesson: &apos;format&apos; is &apos;%1&apos;</source>
        <translation>这不是 Neuroweave 课程：&apos;format&apos; 为 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The lesson is in format version %1, made by a newer Neuroweave; this build reads version %2</source>
        <translation>课程是格式第 %1 版，由更新的 Neuroweave 创建；此版本只能读取第 %2 版</translation>
    </message>
    <message>
        <source>A lesson needs at least one step</source>
        <translation>课程至少需要一个步骤</translation>
    </message>
    <message>
        <source>The solution&apos;s setting %1: %2</source>
        <translation>答案中的设置 %1：%2</translation>
    </message>
    <message>
        <source>The solution names no layer &apos;%1&apos;</source>
        <translation>答案中没有名为 &apos;%1&apos; 的层</translation>
    </message>
    <message>
        <source>The stored optimizer state belongs to %1, not %2</source>
        <translation>保存的优化器状态属于 %1，而不是 %2</translation>
    </message>
    <message>
        <source>The stored optimizer state does not fit the network&apos;s parameters</source>
        <translation>保存的优化器状态与网络的参数不匹配</translation>
    </message>
    <message>
        <source>Saved weights belong to node %1, which the network lacks</source>
        <translation>保存的权重属于节点 %1，但网络中没有该节点</translation>
    </message>
    <message>
        <source>Node %1 has %2 parameter tensors, the saved weights %3</source>
        <translation>节点 %1 有 %2 个参数张量，保存的权重有 %3 个</translation>
    </message>
    <message>
        <source>Saved %1 of node %2 is %3, the network needs %4</source>
        <translation>节点 %2 保存的 %1 是 %3，网络需要 %4</translation>
    </message>
    <message>
        <source>%1: set the last Dense layer&apos;s units to %2</source>
        <translation>%1：请把最后一个 Dense 层的单元数设为 %2</translation>
    </message>
    <message>
        <source>%1: choose the loss %2</source>
        <translation>%1：请选择损失函数 %2</translation>
    </message>
    <message>
        <source>The network has %1</source>
        <translation>网络有 %1</translation>
    </message>
    <message>
        <source>%1 output</source>
        <translation>%1 个输出</translation>
    </message>
    <message>
        <source>%1 outputs</source>
        <translation>%1 个输出</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has %2</source>
        <translation>&apos;%1&apos; 有 %2</translation>
    </message>
    <message>
        <source>%1 class</source>
        <translation>%1 个类别</translation>
    </message>
    <message>
        <source>%1 classes</source>
        <translation>%1 个类别</translation>
    </message>
    <message>
        <source>%1 but %2</source>
        <translation>%1，但 %2</translation>
    </message>
    <message>
        <source>The loss %1 needs class labels, but &apos;%2&apos; is a regression data set</source>
        <translation>损失函数 %1 需要类别标签，但 &apos;%2&apos; 是回归数据集</translation>
    </message>
    <message>
        <source>the samples of &apos;%1&apos; have %2</source>
        <translation>&apos;%1&apos; 的样本有 %2</translation>
    </message>
    <message>
        <source>%1 target value</source>
        <translation>%1 个目标值</translation>
    </message>
    <message>
        <source>%1 target values</source>
        <translation>%1 个目标值</translation>
    </message>
    <message>
        <source>Binary cross-entropy needs 2 classes but %1</source>
        <translation>二元交叉熵需要 2 个类别，但 %1</translation>
    </message>
    <message>
        <source>Binary cross-entropy needs 1 output but the network has %1</source>
        <translation>二元交叉熵需要 1 个输出，但网络有 %1 个</translation>
    </message>
    <message>
        <source>The Input layer takes %1 (%2) but the samples of &apos;%3&apos; are %4 (%5): set the Input&apos;s shape to %4</source>
        <translation>Input 层接收 %1（%2），但 &apos;%3&apos; 的样本是 %4（%5）：请把 Input 的形状设为 %4</translation>
    </message>
    <message>
        <source>%1 value</source>
        <translation>%1 个值</translation>
    </message>
    <message>
        <source>The samples of &apos;%1&apos; reach %2 and are not scaled, so the first steps are huge and training is unstable: choose the scaling %3</source>
        <translation>&apos;%1&apos; 的样本达到 %2 且未缩放，因此最初几步的幅度巨大，训练不稳定：请选择缩放方式 %3</translation>
    </message>
    <message>
        <source>The maths are shown for an enabled Dense layer</source>
        <translation>数学推导只针对已启用的 Dense 层显示</translation>
    </message>
    <message>
        <source>There is no sample %1</source>
        <translation>没有样本 %1</translation>
    </message>
    <message>
        <source>The Dense layer is not part of the network</source>
        <translation>该 Dense 层不在网络中</translation>
    </message>
    <message>
        <source>The layer has %1 neurons, not a neuron %2</source>
        <translation>该层有 %1 个神经元，没有第 %2 个神经元</translation>
    </message>
    <message>
        <source>The training split is empty: lower the validation fraction</source>
        <translation>训练集为空：请降低验证比例</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>以下之一：%1</translation>
    </message>
    <message>
        <source>%1, %2 or %3</source>
        <translation>%1、%2 或 %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not NAME=VALUE</source>
        <translation>&apos;%1&apos; 不是 名称=值 的形式</translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos;; the settings are %2</source>
        <translation>未知的设置 &apos;%1&apos;；可用设置为 %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a value of %2: expected %3</source>
        <translation>&apos;%1&apos; 不是 %2 的有效值：应为%3</translation>
    </message>
    <message>
        <source>a range is written lo..hi:N or lo..hi:logN, got &apos;%1&apos;</source>
        <translation>范围的写法是 lo..hi:N 或 lo..hi:logN，实际为 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a range is written lo..hi:N or lo..hi:logN with 2 to %1 values, got &apos;%2&apos;</source>
        <translation>范围的写法是 lo..hi:N 或 lo..hi:logN，取 2 到 %1 个值，实际为 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>a log range needs positive ends, got &apos;%1&apos;</source>
        <translation>对数范围的两端必须为正数，实际为 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not NAME=VALUES</source>
        <translation>&apos;%1&apos; 不是 名称=值列表 的形式</translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos; (neuroweave-cli train --set help lists them)</source>
        <translation>未知的设置 &apos;%1&apos;（neuroweave-cli train --set help 会列出所有设置）</translation>
    </message>
    <message>
        <source>no values given for %1</source>
        <translation>没有为 %1 给出值</translation>
    </message>
    <message>
        <source>at most %1 values per setting</source>
        <translation>每个设置最多 %1 个值</translation>
    </message>
    <message>
        <source>%1=%2: %3</source>
        <translation>%1=%2：%3</translation>
    </message>
    <message>
        <source>Training diverged at epoch %1, batch %2: the gradients are no longer finite (loss %3). The weights of the last finite step are kept; try a lower learning rate (now %4)</source>
        <translation>训练在第 %1 轮第 %2 批发散：梯度不再是有限值（损失 %3）。保留最后一个有限步的权重；请尝试更小的学习率（当前为 %4）</translation>
    </message>
    <message>
        <source>Training diverged at epoch %1, batch %2: the loss is no longer finite (loss %3). The weights of the last finite step are kept; try a lower learning rate (now %4)</source>
        <translation>训练在第 %1 轮第 %2 批发散：损失不再是有限值（损失 %3）。保留最后一个有限步的权重；请尝试更小的学习率（当前为 %4）</translation>
    </message>
    <message>
        <source>The model uses something Neuroweave has no layer for</source>
        <translation>模型使用了 Neuroweave 没有对应层的内容</translation>
    </message>
    <message>
        <source>The model file cannot be read</source>
        <translation>无法读取模型文件</translation>
    </message>
    <message>
        <source>The model uses ONNX opset %1; the import reads opsets %2 to %3. Export it again with an opset in that range.</source>
        <translation>模型使用 ONNX opset %1；导入支持 opset %2 到 %3。请用此范围内的 opset 重新导出。</translation>
    </message>
    <message>
        <source>The model does not say which ONNX operator set it uses</source>
        <translation>模型没有说明它使用哪个 ONNX 算子集</translation>
    </message>
    <message>
        <source>The file is not a valid ONNX model: %1</source>
        <translation>该文件不是有效的 ONNX 模型：%1</translation>
    </message>
    <message>
        <source>The model has %1 inputs; a Neuroweave network has exactly one</source>
        <translation>模型有 %1 个输入；Neuroweave 网络只有一个输入</translation>
    </message>
    <message>
        <source>The model&apos;s input &apos;%1&apos; is not a tensor of 32-bit floats</source>
        <translation>模型的输入“%1”不是 32 位浮点张量</translation>
    </message>
    <message>
        <source>The size of dimension %1 of the model&apos;s input &apos;%2&apos; is not fixed</source>
        <translation>模型输入“%2”的第 %1 维大小不固定</translation>
    </message>
    <message>
        <source>The model&apos;s input &apos;%1&apos; has %2 dimensions; Neuroweave reads a batch of vectors or of channels×height×width images</source>
        <translation>模型输入“%1”有 %2 个维度；Neuroweave 读取一批向量或“通道×高×宽”图像</translation>
    </message>
    <message>
        <source>The layer &apos;%1&apos; needs %2 values for &apos;%3&apos;, the model has %4</source>
        <translation>层“%1”的“%3”需要 %2 个值，模型中有 %4 个</translation>
    </message>
    <message>
        <source>The network takes 28×28 images into 10 classes, so the project trains on Fashion-MNIST; choose other data in the Data panel if it was made for something else.</source>
        <translation>该网络把 28×28 图像分为 10 类，因此项目使用 Fashion-MNIST 训练；如果它是为其他数据设计的，请在“数据”面板中选择其他数据。</translation>
    </message>
    <message>
        <source>Choose the data this network was made for in the Data panel before training it.</source>
        <translation>训练前，请在“数据”面板中选择此网络所针对的数据。</translation>
    </message>
    <message>
        <source>%1 of the model&apos;s %2 nodes cannot become layers. The first, %3: %4</source>
        <translation>模型的 %2 个节点中有 %1 个无法转换为层。第一个是 %3：%4</translation>
    </message>
    <message>
        <source>The file is not an ONNX model: its contents could not be decoded</source>
        <translation>该文件不是 ONNX 模型：无法解码其内容</translation>
    </message>
    <message>
        <source>it reads a value no earlier node computes</source>
        <translation>它读取的值没有任何前面的节点计算</translation>
    </message>
    <message>
        <source>The model has %1 outputs; a Neuroweave network has exactly one</source>
        <translation>模型有 %1 个输出；Neuroweave 网络只有一个输出</translation>
    </message>
    <message>
        <source>The model&apos;s output &apos;%1&apos; is a constant, not computed from its input</source>
        <translation>模型的输出“%1”是常量，并非由输入计算得出</translation>
    </message>
    <message>
        <source>its input &apos;%1&apos; is not computed by a layer</source>
        <translation>它的输入“%1”不是由层计算的</translation>
    </message>
    <message>
        <source>its input is neither the network&apos;s input nor computed by a layer</source>
        <translation>它的输入既不是网络输入，也不是由层计算的</translation>
    </message>
    <message>
        <source>it multiplies a %1 input by a %2×%3 matrix; only flat inputs of %2 values can become a Dense layer</source>
        <translation>它将 %1 输入乘以 %2×%3 矩阵；只有含 %2 个值的扁平输入才能成为 Dense 层</translation>
    </message>
    <message>
        <source>its second input is not a constant matrix</source>
        <translation>它的第二个输入不是常量矩阵</translation>
    </message>
    <message>
        <source>it transposes its input (transA)</source>
        <translation>它转置了输入（transA）</translation>
    </message>
    <message>
        <source>its bias is not a constant</source>
        <translation>它的偏置不是常量</translation>
    </message>
    <message>
        <source>its bias does not have one value per output</source>
        <translation>它的偏置不是每个输出一个值</translation>
    </message>
    <message>
        <source>it multiplies two computed values; only a product with a constant matrix can become a Dense layer</source>
        <translation>它将两个计算值相乘；只有与常量矩阵的乘积才能成为 Dense 层</translation>
    </message>
    <message>
        <source>its window is not square (%1)</source>
        <translation>它的窗口不是正方形（%1）</translation>
    </message>
    <message>
        <source>its strides differ between height and width</source>
        <translation>它在高度和宽度上的步幅不同</translation>
    </message>
    <message>
        <source>its dilations differ between height and width</source>
        <translation>它在高度和宽度上的膨胀不同</translation>
    </message>
    <message>
        <source>its input is not a channels×height×width image</source>
        <translation>它的输入不是“通道×高×宽”图像</translation>
    </message>
    <message>
        <source>its padding %1 is neither none nor the engine&apos;s &quot;same&quot; padding</source>
        <translation>它的填充 %1 既不是无填充，也不是引擎的 &quot;same&quot; 填充</translation>
    </message>
    <message>
        <source>its weights are not a constant 4-D tensor</source>
        <translation>它的权重不是常量四维张量</translation>
    </message>
    <message>
        <source>it is a grouped convolution (group %1)</source>
        <translation>它是分组卷积（group %1）</translation>
    </message>
    <message>
        <source>its weights expect %1 input channels, the input has %2</source>
        <translation>它的权重需要 %1 个输入通道，输入有 %2 个</translation>
    </message>
    <message>
        <source>its bias is not a constant with one value per filter</source>
        <translation>它的偏置不是每个滤波器一个值的常量</translation>
    </message>
    <message>
        <source>its indices output is used</source>
        <translation>它的索引输出被使用了</translation>
    </message>
    <message>
        <source>it rounds its output size up (ceil_mode)</source>
        <translation>它将输出尺寸向上取整（ceil_mode）</translation>
    </message>
    <message>
        <source>it stores its indices by column</source>
        <translation>它按列存储索引</translation>
    </message>
    <message>
        <source>its window is dilated</source>
        <translation>它的窗口带有膨胀</translation>
    </message>
    <message>
        <source>it counts the padding in its averages (count_include_pad)</source>
        <translation>它在平均值中计入了填充（count_include_pad）</translation>
    </message>
    <message>
        <source>it removes axes of a computed value</source>
        <translation>它删除了计算值的轴</translation>
    </message>
    <message>
        <source>it is exported in training mode; export the model in evaluation mode</source>
        <translation>它是在训练模式下导出的；请在评估模式下导出模型</translation>
    </message>
    <message>
        <source>its scale, bias, mean and variance are not constants with one value per channel</source>
        <translation>它的缩放、偏置、均值和方差不是每个通道一个值的常量</translation>
    </message>
    <message>
        <source>it normalises over only some of the axes of a sample</source>
        <translation>它只在样本的部分轴上归一化</translation>
    </message>
    <message>
        <source>its scale and bias are not constants of the input&apos;s shape</source>
        <translation>它的缩放和偏置不是与输入形状相同的常量</translation>
    </message>
    <message>
        <source>it is taken over an axis other than the features of a flat input</source>
        <translation>它作用于扁平输入的特征以外的轴</translation>
    </message>
    <message>
        <source>it flattens from an axis other than 1</source>
        <translation>它从 1 以外的轴开始展平</translation>
    </message>
    <message>
        <source>its target shape is computed while the network runs</source>
        <translation>它的目标形状在网络运行时才计算</translation>
    </message>
    <message>
        <source>its target shape is empty</source>
        <translation>它的目标形状为空</translation>
    </message>
    <message>
        <source>it changes the batch dimension</source>
        <translation>它改变了批次维度</translation>
    </message>
    <message>
        <source>its target shape does not fit the input %1</source>
        <translation>它的目标形状与输入 %1 不匹配</translation>
    </message>
    <message>
        <source>its mask output is used</source>
        <translation>它的掩码输出被使用了</translation>
    </message>
    <message>
        <source>its ratio is not a constant</source>
        <translation>它的比率不是常量</translation>
    </message>
    <message>
        <source>it adds a constant to a value that is not a product with a matrix</source>
        <translation>它把常量加到一个并非矩阵乘积的值上</translation>
    </message>
    <message>
        <source>it joins fewer than two inputs</source>
        <translation>它连接的输入少于两个</translation>
    </message>
    <message>
        <source>it joins along an axis other than the channels or features</source>
        <translation>它沿通道或特征以外的轴连接</translation>
    </message>
    <message>
        <source>it belongs to the operator set &apos;%1&apos;, not to ONNX&apos;s own</source>
        <translation>它属于算子集“%1”，而不是 ONNX 自带的算子集</translation>
    </message>
    <message>
        <source>it has no output</source>
        <translation>它没有输出</translation>
    </message>
    <message>
        <source>Neuroweave has no layer for the operator %1</source>
        <translation>Neuroweave 没有对应算子 %1 的层</translation>
    </message>
    <message>
        <source>The tensor &apos;%1&apos; cannot be read: %2</source>
        <translation>无法读取张量“%1”：%2</translation>
    </message>
    <message>
        <source>it holds %1 bytes where its dimensions need %2</source>
        <translation>它包含 %1 字节，而其维度需要 %2 字节</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; computes a constant the import cannot: %3</source>
        <translation>%1“%2”计算的常量导入无法计算：%3</translation>
    </message>
    <message>
        <source>the result depends on the batch size</source>
        <translation>结果取决于批次大小</translation>
    </message>
    <message>
        <source>the shapes %1 and %2 do not broadcast</source>
        <translation>形状 %1 和 %2 无法广播</translation>
    </message>
    <message>
        <source>its axis is outside the data</source>
        <translation>它的轴超出了数据范围</translation>
    </message>
    <message>
        <source>an index is out of range</source>
        <translation>有一个索引超出范围</translation>
    </message>
    <message>
        <source>its inputs differ in rank</source>
        <translation>它的各输入维数不同</translation>
    </message>
    <message>
        <source>its target shape does not fit</source>
        <translation>它的目标形状不匹配</translation>
    </message>
    <message>
        <source>its permutation does not fit the data</source>
        <translation>它的置换与数据不匹配</translation>
    </message>
    <message>
        <source>it has no starts and ends</source>
        <translation>它没有起点和终点</translation>
    </message>
    <message>
        <source>its starts, ends, axes and steps differ in length</source>
        <translation>它的起点、终点、轴和步长长度不一致</translation>
    </message>
    <message>
        <source>it has no value the import can read</source>
        <translation>它没有导入可以读取的值</translation>
    </message>
    <message>
        <source>its values are stored in a separate file, which the import does not read</source>
        <translation>它的值存储在单独的文件中，导入不会读取该文件</translation>
    </message>
    <message>
        <source>a dimension is out of range</source>
        <translation>有一个维度超出范围</translation>
    </message>
    <message>
        <source>it has too many values</source>
        <translation>它的值太多</translation>
    </message>
    <message>
        <source>its element type (%1) is not one the import reads</source>
        <translation>导入不支持它的元素类型（%1）</translation>
    </message>
    <message>
        <source>it holds %1 values where its dimensions need %2</source>
        <translation>它包含 %1 个值，而其维度需要 %2 个</translation>
    </message>
    <message>
        <source>Column %1 holds &apos;%2&apos;, which is not a number: this project takes only numbers, one column per input value</source>
        <translation>第 %1 列包含“%2”，它不是数字：此项目只接受数字，每个输入值一列</translation>
    </message>
    <message>
        <source>The file has %1 columns but the Input layer takes %2 values: give one column per input value</source>
        <translation>文件有 %1 列，但 Input 层需要 %2 个值：请为每个输入值提供一列</translation>
    </message>
    <message>
        <source>The file holds no rows of numbers</source>
        <translation>文件中没有数字行</translation>
    </message>
    <message>
        <source>An int8 export finds its value ranges on the project&apos;s data, which cannot be read: %1</source>
        <translation>int8 导出需要根据项目数据确定数值范围，但无法读取这些数据：%1</translation>
    </message>
    <message>
        <source>An int8 export finds its value ranges on the project&apos;s data, which does not fit the Input layer</source>
        <translation>int8 导出需要根据项目数据确定数值范围，但这些数据与 Input 层不匹配</translation>
    </message>
</context>
<context>
    <name>GoalText</name>
    <message>
        <source>between %1 and %2</source>
        <translation>介于 %1 和 %2 之间</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>至少 %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>至多 %1</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Validation accuracy %1</source>
        <translation>验证准确率%1</translation>
    </message>
    <message>
        <source>Validation loss %1</source>
        <translation>验证损失%1</translation>
    </message>
    <message>
        <source>Training accuracy %1</source>
        <translation>训练准确率%1</translation>
    </message>
    <message>
        <source>Training loss %1</source>
        <translation>训练损失%1</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>early-stopped</source>
        <translation>已早停</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>已发散</translation>
    </message>
    <message>
        <source>Trainable parameters: %1</source>
        <translation>可训练参数：%1</translation>
    </message>
    <message>
        <source>Hidden layers: %1</source>
        <translation>隐藏层数：%1</translation>
    </message>
    <message>
        <source>No %1 layer</source>
        <translation>没有 %1 层</translation>
    </message>
    <message>
        <source>Uses a %1 layer</source>
        <translation>使用 %1 层</translation>
    </message>
    <message>
        <source>%1 layers: %2</source>
        <translation>%1 层数：%2</translation>
    </message>
    <message>
        <source>The network has no problems</source>
        <translation>网络没有问题</translation>
    </message>
    <message>
        <source>The loss goes below %1 within %2 steps</source>
        <translation>损失在 %2 步内降到 %1 以下</translation>
    </message>
    <message>
        <source>The loss goes below %1</source>
        <translation>损失降到 %1 以下</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Trained for %1 epoch</source>
        <translation>已训练 %1 轮</translation>
    </message>
    <message>
        <source>Trained for %1 epochs</source>
        <translation>已训练 %1 轮</translation>
    </message>
    <message>
        <source>Trained for %1 step</source>
        <translation>已训练 %1 步</translation>
    </message>
    <message>
        <source>Trained for %1 steps</source>
        <translation>已训练 %1 步</translation>
    </message>
    <message>
        <source>The run ends %1</source>
        <translation>运行结束状态：%1</translation>
    </message>
    <message>
        <source>Runs: %1</source>
        <translation>运行次数：%1</translation>
    </message>
    <message>
        <source>Runs with different %1: %2</source>
        <translation>使用不同%1的运行：%2</translation>
    </message>
</context>
<context>
    <name>LayerCategory</name>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>基础</translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation>卷积</translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation>池化</translation>
    </message>
    <message>
        <source>Normalization</source>
        <translation>归一化</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Reshape</source>
        <translation>变形</translation>
    </message>
</context>
<context>
    <name>LayerHelp</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Formula:</source>
        <translation>公式：</translation>
    </message>
    <message>
        <source>This layer has no attributes.</source>
        <translation>该层没有属性。</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>The layer is disabled: it passes its input through unchanged.</source>
        <translation>该层已禁用：它将输入原样传递。</translation>
    </message>
    <message>
        <source>Using the Designer</source>
        <translation>使用设计器</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Building a network&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Drag a layer from the palette onto the canvas, or double-click it to add it in the middle of the view. %1 searches the palette.&lt;/li&gt;&lt;li&gt;Drag from a layer&apos;s output port (right) to another layer&apos;s input port (left) to wire them. Ports that accept the wire light up while you drag.&lt;/li&gt;&lt;li&gt;Drop a wire on empty canvas to add a layer that is already connected.&lt;/li&gt;&lt;li&gt;Every wire shows the shape it carries. A red badge marks a layer whose input does not fit; click it to insert the bridging layer it offers.&lt;/li&gt;&lt;li&gt;Select a layer to edit its attributes in the inspector; the problems list shows every diagnostic, and a click selects its layer.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Select a layer and press %2 for help on it. %3 fits the network in view; every edit can be undone with %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;搭建网络&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;将层从层面板拖到画布上，或双击它，将其添加到视图中央。%1 可搜索层面板。&lt;/li&gt;&lt;li&gt;从一个层的输出端口（右侧）拖到另一个层的输入端口（左侧），即可将它们连接起来。拖动时，可以接受该连线的端口会高亮显示。&lt;/li&gt;&lt;li&gt;将连线拖放到画布空白处，可添加一个已连接好的层。&lt;/li&gt;&lt;li&gt;每条连线都会显示它传递的数据形状。红色标记表示该层的输入形状不匹配；单击标记即可插入它建议的衔接层。&lt;/li&gt;&lt;li&gt;选中一个层即可在检查器中编辑其属性；问题列表显示所有诊断信息，单击一条即可选中对应的层。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;选中一个层并按 %2 可查看该层的帮助。%3 可使网络适应视图大小；每次编辑都可以用 %4 撤销。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>A single neuron and its weights</source>
        <extracomment>Title of the lesson &quot;single-neuron&quot;</extracomment>
        <translation>单个神经元及其权重</translation>
    </message>
    <message>
        <source>What one layer of neurons computes, and the straight line it draws between two classes.</source>
        <extracomment>One-sentence summary of the lesson &quot;single-neuron&quot;</extracomment>
        <translation>一层神经元计算什么，以及它在两个类别之间画出的直线。</translation>
    </message>
    <message>
        <source>One neuron per class</source>
        <extracomment>Title of lesson &quot;single-neuron&quot;, step 1</extracomment>
        <translation>每个类别一个神经元</translation>
    </message>
    <message>
        <source>Every neuron computes a weighted sum of its inputs plus a bias, **z = w·x + b**. This network has
one **Dense** layer with one neuron per class: for a point (x₁, x₂) each neuron computes
z = w₁x₁ + w₂x₂ + b, and **Softmax** turns the two sums into probabilities that add up to one.

Select the **neuron** layer: the inspector shows its 6 parameters (2 weights and a bias per neuron).
Press **Train** (F5) and watch the **Decision Boundary** panel.
</source>
        <extracomment>Markdown text of lesson &quot;single-neuron&quot;, step 1; keep the ** and * marks</extracomment>
        <translation>每个神经元计算其输入的加权和再加上一个偏置，即 **z = w·x + b**。
这个网络只有一个 **Dense** 层，每个类别对应一个神经元：
对于点 (x₁, x₂)，每个神经元计算 z = w₁x₁ + w₂x₂ + b，然后 **Softmax** 把这两个和转换成相加等于 1 的概率。

选中 **neuron** 层：检查器会显示它的 6 个参数（每个神经元 2 个权重和 1 个偏置）。
按**训练**（F5），并观察**决策边界**面板。
</translation>
    </message>
    <message>
        <source>Press Train (F5) and wait for the 20 epochs to finish.</source>
        <extracomment>A hint of lesson &quot;single-neuron&quot;, step 1</extracomment>
        <translation>按“训练”（F5），等待 20 轮训练完成。</translation>
    </message>
    <message>
        <source>A straight line</source>
        <extracomment>Title of lesson &quot;single-neuron&quot;, step 2</extracomment>
        <translation>一条直线</translation>
    </message>
    <message>
        <source>The learning rate is in the Training panel, under Optimizer.</source>
        <extracomment>A hint of lesson &quot;single-neuron&quot;, step 2</extracomment>
        <translation>学习率位于训练面板的“优化器”下。</translation>
    </message>
    <message>
        <source>After changing it, press Reset Weights, then Train.</source>
        <extracomment>A hint of lesson &quot;single-neuron&quot;, step 2</extracomment>
        <translation>修改后，先按“重置权重”，再按“训练”。</translation>
    </message>
    <message>
        <source>No hidden layer (logistic regression)</source>
        <extracomment>A goal of lesson &quot;single-neuron&quot;, step 2</extracomment>
        <translation>没有隐藏层（逻辑回归）</translation>
    </message>
    <message>
        <source>Why a hidden layer? XOR</source>
        <extracomment>Title of the lesson &quot;xor&quot;</extracomment>
        <translation>为什么需要隐藏层？XOR</translation>
    </message>
    <message>
        <source>Points in opposite corners share a class: no straight line separates them, a hidden layer with a non-linear activation does.</source>
        <extracomment>One-sentence summary of the lesson &quot;xor&quot;</extracomment>
        <translation>对角上的点属于同一类别：任何直线都无法把它们分开，而带非线性激活函数的隐藏层可以。</translation>
    </message>
    <message>
        <source>A line cannot do it</source>
        <extracomment>Title of lesson &quot;xor&quot;, step 1</extracomment>
        <translation>一条直线做不到</translation>
    </message>
    <message>
        <source>Press Train (F5).</source>
        <extracomment>A hint of lesson &quot;xor&quot;, step 1
----------
A hint of lesson &quot;activations&quot;, step 1
----------
A hint of lesson &quot;confusion-matrix&quot;, step 1</extracomment>
        <translation>按“训练”（F5）。</translation>
    </message>
    <message>
        <source>Validation accuracy stays below 80%</source>
        <extracomment>A goal of lesson &quot;xor&quot;, step 1</extracomment>
        <translation>验证准确率保持在 80% 以下</translation>
    </message>
    <message>
        <source>Add a hidden layer</source>
        <extracomment>Title of lesson &quot;xor&quot;, step 2</extracomment>
        <translation>添加一个隐藏层</translation>
    </message>
    <message>
        <source>Drop a wire from the input on empty canvas to pick the next layer.</source>
        <extracomment>A hint of lesson &quot;xor&quot;, step 2</extracomment>
        <translation>从输入层拉出一条连线，拖放到画布空白处，即可选择下一个层。</translation>
    </message>
    <message>
        <source>The output layer needs 2 neurons, one per class.</source>
        <extracomment>A hint of lesson &quot;xor&quot;, step 2</extracomment>
        <translation>输出层需要 2 个神经元，每个类别一个。</translation>
    </message>
    <message>
        <source>Without the activation</source>
        <extracomment>Title of lesson &quot;xor&quot;, step 3</extracomment>
        <translation>去掉激活函数</translation>
    </message>
    <message>
        <source>Right-click the **Tanh** layer and disable it, then train again. Two Dense layers in a row are
still one linear function, W₂(W₁x + b₁) + b₂ = Wx + b: the boundary is a straight line again. The
*non-linear* activation is what lets the hidden layer help.
</source>
        <extracomment>Markdown text of lesson &quot;xor&quot;, step 3; keep the ** and * marks</extracomment>
        <translation>右键单击 **Tanh** 层并禁用它，然后重新训练。两个相连的 Dense 层仍然只是一个线性函数，W₂(W₁x + b₁) + b₂ = Wx + b：
边界又变回了一条直线。正是*非线性*激活函数让隐藏层发挥了作用。
</translation>
    </message>
    <message>
        <source>A disabled layer passes its input on unchanged.</source>
        <extracomment>A hint of lesson &quot;xor&quot;, step 3</extracomment>
        <translation>禁用的层会将输入原样传递下去。</translation>
    </message>
    <message>
        <source>Validation accuracy drops below 80% again</source>
        <extracomment>A goal of lesson &quot;xor&quot;, step 3</extracomment>
        <translation>验证准确率再次降到 80% 以下</translation>
    </message>
    <message>
        <source>Activation functions compared</source>
        <extracomment>Title of the lesson &quot;activations&quot;</extracomment>
        <translation>激活函数比较</translation>
    </message>
    <message>
        <source>Sigmoid, tanh and ReLU on the same network and data: how fast each learns and the boundaries they draw.</source>
        <extracomment>One-sentence summary of the lesson &quot;activations&quot;</extracomment>
        <translation>在同一个网络和同一份数据上比较 Sigmoid、Tanh 和 ReLU：各自学得多快，画出怎样的边界。</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <extracomment>Title of lesson &quot;activations&quot;, step 1</extracomment>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <source>The activations here are **Sigmoid**, σ(z) = 1 / (1 + e⁻ᶻ): smooth, between 0 and 1, and flat at both
ends, where its gradient is almost zero. Train and watch the loss curve.
</source>
        <extracomment>Markdown text of lesson &quot;activations&quot;, step 1; keep the ** and * marks</extracomment>
        <translation>这里的激活函数是 **Sigmoid**，σ(z) = 1 / (1 + e⁻ᶻ)：
它是平滑的，取值在 0 和 1 之间，两端平坦，在那里梯度几乎为零。
开始训练并观察损失曲线。
</translation>
    </message>
    <message>
        <source>Tanh</source>
        <extracomment>Title of lesson &quot;activations&quot;, step 2</extracomment>
        <translation>Tanh</translation>
    </message>
    <message>
        <source>Replace both Sigmoid layers by **Tanh**, tanh(z), which runs from −1 to 1 and is centred on zero.
Train again: the Runs panel keeps the Sigmoid run, so select both runs to overlay their curves.
</source>
        <extracomment>Markdown text of lesson &quot;activations&quot;, step 2; keep the ** and * marks</extracomment>
        <translation>把两个 Sigmoid 层都换成 **Tanh**，即 tanh(z)，它的取值范围从 −1 到 1，以零为中心。
重新训练：运行记录面板会保留 Sigmoid 的那次运行，因此选中这两次运行即可叠加显示它们的曲线。
</translation>
    </message>
    <message>
        <source>Select a Sigmoid card, delete it, and join the wires through a new Tanh layer.</source>
        <extracomment>A hint of lesson &quot;activations&quot;, step 2</extracomment>
        <translation>选中一个 Sigmoid 卡片，删除它，再通过一个新的 Tanh 层把连线接起来。</translation>
    </message>
    <message>
        <source>ReLU</source>
        <extracomment>Title of lesson &quot;activations&quot;, step 3</extracomment>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>Now **ReLU**, max(0, z): zero for negative inputs, the input itself otherwise. It is cheap and its
gradient does not fade for large inputs, which is why deep networks use it. Its boundary is made of
straight pieces: look closely at the Decision Boundary panel.
</source>
        <extracomment>Markdown text of lesson &quot;activations&quot;, step 3; keep the ** and * marks</extracomment>
        <translation>现在换成 **ReLU**，即 max(0, z)：输入为负时输出零，否则输出输入本身。
它计算代价低，而且对于较大的输入，梯度不会消失，这就是深度网络使用它的原因。
它的边界由一段段直线组成：仔细观察决策边界面板。
</translation>
    </message>
    <message>
        <source>Compare the three runs in the Runs panel: which reached 95% first?</source>
        <extracomment>A hint of lesson &quot;activations&quot;, step 3</extracomment>
        <translation>在运行记录面板中比较这三次运行：哪一次最先达到 95%？</translation>
    </message>
    <message>
        <source>Three runs to compare in the Runs panel</source>
        <extracomment>A goal of lesson &quot;activations&quot;, step 3</extracomment>
        <translation>运行记录面板中有三次可比较的运行</translation>
    </message>
    <message>
        <source>The learning rate: too small, right, too large</source>
        <extracomment>Title of the lesson &quot;learning-rate&quot;</extracomment>
        <translation>学习率：太小、合适、太大</translation>
    </message>
    <message>
        <source>The same network fitting a sine curve with three learning rates: one crawls, one fits, one diverges.</source>
        <extracomment>One-sentence summary of the lesson &quot;learning-rate&quot;</extracomment>
        <translation>同一个网络用三种学习率拟合一条正弦曲线：一个进展缓慢，一个拟合良好，一个发散。</translation>
    </message>
    <message>
        <source>Too small</source>
        <extracomment>Title of lesson &quot;learning-rate&quot;, step 1</extracomment>
        <translation>太小</translation>
    </message>
    <message>
        <source>Press Train (F5) and look at the loss chart.</source>
        <extracomment>A hint of lesson &quot;learning-rate&quot;, step 1</extracomment>
        <translation>按“训练”（F5），并观察损失图表。</translation>
    </message>
    <message>
        <source>The training loss is still above 0.1</source>
        <extracomment>A goal of lesson &quot;learning-rate&quot;, step 1</extracomment>
        <translation>训练损失仍高于 0.1</translation>
    </message>
    <message>
        <source>About right</source>
        <extracomment>Title of lesson &quot;learning-rate&quot;, step 2</extracomment>
        <translation>大致合适</translation>
    </message>
    <message>
        <source>Set the learning rate to **0.05**, reset the weights and train again. The loss now falls quickly and
the validation loss follows it.
</source>
        <extracomment>Markdown text of lesson &quot;learning-rate&quot;, step 2; keep the ** and * marks</extracomment>
        <translation>把学习率设为 **0.05**，重置权重并重新训练。现在损失下降得很快，验证损失也随之下降。
</translation>
    </message>
    <message>
        <source>Reset Weights starts a new run from fresh weights.</source>
        <extracomment>A hint of lesson &quot;learning-rate&quot;, step 2</extracomment>
        <translation>“重置权重”会用全新的权重开始一次新的运行。</translation>
    </message>
    <message>
        <source>Too large</source>
        <extracomment>Title of lesson &quot;learning-rate&quot;, step 3</extracomment>
        <translation>太大</translation>
    </message>
    <message>
        <source>The Runs panel lists the three runs with their learning rates side by side.</source>
        <extracomment>A hint of lesson &quot;learning-rate&quot;, step 3</extracomment>
        <translation>运行记录面板会并排列出这三次运行及其学习率。</translation>
    </message>
    <message>
        <source>Runs with three different learning rates</source>
        <extracomment>A goal of lesson &quot;learning-rate&quot;, step 3</extracomment>
        <translation>使用三种不同学习率的运行</translation>
    </message>
    <message>
        <source>Overfitting, and what fights it</source>
        <extracomment>Title of the lesson &quot;overfitting&quot;</extracomment>
        <translation>过拟合及其应对方法</translation>
    </message>
    <message>
        <source>A large network memorises a small noisy data set; validation shows it, Dropout and weight decay fight it.</source>
        <extracomment>One-sentence summary of the lesson &quot;overfitting&quot;</extracomment>
        <translation>一个大网络会记住一个小而带噪声的数据集；验证能发现这一点，Dropout 和权重衰减可以应对它。</translation>
    </message>
    <message>
        <source>Memorising</source>
        <extracomment>Title of lesson &quot;overfitting&quot;, step 1</extracomment>
        <translation>死记硬背</translation>
    </message>
    <message>
        <source>200 noisy points and a network with over 4,000 parameters: it can learn every training point by
heart. Train for 300 epochs and compare the **training** and **validation** curves in the Metrics
panel: the training loss keeps falling while the validation loss turns back up. That gap is
**overfitting**.
</source>
        <extracomment>Markdown text of lesson &quot;overfitting&quot;, step 1; keep the ** and * marks</extracomment>
        <translation>200 个带噪声的点和一个有 4,000 多个参数的网络：它可以把每个训练点都记下来。
训练 300 轮，并在指标面板中比较**训练**曲线和**验证**曲线：
训练损失不断下降，而验证损失却转而上升。这个差距就是 **过拟合**。
</translation>
    </message>
    <message>
        <source>The dashed curve is validation; look at where it stops improving.</source>
        <extracomment>A hint of lesson &quot;overfitting&quot;, step 1</extracomment>
        <translation>虚线是验证曲线；看看它在哪里不再改善。</translation>
    </message>
    <message>
        <source>Dropout</source>
        <extracomment>Title of lesson &quot;overfitting&quot;, step 2</extracomment>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>Dropout is only active while training; the validation pass uses every neuron.</source>
        <extracomment>A hint of lesson &quot;overfitting&quot;, step 2</extracomment>
        <translation>Dropout 只在训练时起作用；验证时会使用所有神经元。</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <extracomment>Title of lesson &quot;overfitting&quot;, step 3</extracomment>
        <translation>权重衰减</translation>
    </message>
    <message>
        <source>Weight decay is in the Training panel, under Optimizer.</source>
        <extracomment>A hint of lesson &quot;overfitting&quot;, step 3</extracomment>
        <translation>权重衰减位于训练面板的“优化器”下。</translation>
    </message>
    <message>
        <source>Convolution and feature maps</source>
        <extracomment>Title of the lesson &quot;convolution&quot;</extracomment>
        <translation>卷积和特征图</translation>
    </message>
    <message>
        <source>Small filters slid over Fashion-MNIST images: what a convolution computes and what its feature maps show.</source>
        <extracomment>One-sentence summary of the lesson &quot;convolution&quot;</extracomment>
        <translation>在 Fashion-MNIST 图像上滑动小卷积核：卷积计算什么，它的特征图显示了什么。</translation>
    </message>
    <message>
        <source>Filters</source>
        <extracomment>Title of lesson &quot;convolution&quot;, step 1</extracomment>
        <translation>卷积核</translation>
    </message>
    <message>
        <source>A **Conv2D** layer slides small 3×3 filters over the image; each filter computes a weighted sum of the
9 pixels under it at every position, giving one **feature map** per filter. The same 9 weights serve
the whole image, so this layer has only 8 × (9 + 1) = 80 parameters.

Train for one epoch (Fashion-MNIST: 60,000 clothing images in 10 classes).
</source>
        <extracomment>Markdown text of lesson &quot;convolution&quot;, step 1; keep the ** and * marks</extracomment>
        <translation>**Conv2D** 层在图像上滑动 3×3 的小卷积核；在每个位置，每个卷积核计算其下方 9 个像素的加权和，每个卷积核得到一张**特征图**。
同样的 9 个权重用于整张图像，所以这一层只有 8 × (9 + 1) = 80 个参数。

训练一轮（Fashion-MNIST：60,000 张服装图像，共 10 个类别）。
</translation>
    </message>
    <message>
        <source>Fashion-MNIST comes with Neuroweave (the Debian package dataset-fashion-mnist).</source>
        <extracomment>A hint of lesson &quot;convolution&quot;, step 1</extracomment>
        <translation>Fashion-MNIST 随 Neuroweave 一起提供（Debian 软件包 dataset-fashion-mnist）。</translation>
    </message>
    <message>
        <source>Feature maps</source>
        <extracomment>Title of lesson &quot;convolution&quot;, step 2</extracomment>
        <translation>特征图</translation>
    </message>
    <message>
        <source>Select **conv_1** and open the **Activations** panel: the 8 maps show where each filter responds in
the chosen sample, edges in one direction, bright areas in another. Switch the panel to *Weights* to
see the 3×3 filters themselves.

Now add a second convolution (16 filters) with a ReLU and a max-pooling after **pool_1**, and train
again: the second layer combines the first layer&apos;s maps into larger patterns.
</source>
        <extracomment>Markdown text of lesson &quot;convolution&quot;, step 2; keep the ** and * marks</extracomment>
        <translation>选中 **conv_1** 并打开**激活值**面板：8 张图显示了在所选样本中每个卷积核在哪里产生响应，有的对某个方向的边缘响应，有的对明亮区域响应。
把面板切换到*权重*，即可看到 3×3 卷积核本身。

现在在 **pool_1** 之后再添加一个卷积层（16 个卷积核），并加上 ReLU 和最大池化，然后重新训练：
第二层会把第一层的特征图组合成更大的图案。
</translation>
    </message>
    <message>
        <source>MaxPool2D halves the size of each map: 28 → 13 → 5 with two blocks.</source>
        <extracomment>A hint of lesson &quot;convolution&quot;, step 2</extracomment>
        <translation>MaxPool2D 会把每张特征图的尺寸减半：经过两个模块后为 28 → 13 → 5。</translation>
    </message>
    <message>
        <source>Reading a confusion matrix</source>
        <extracomment>Title of the lesson &quot;confusion-matrix&quot;</extracomment>
        <translation>解读混淆矩阵</translation>
    </message>
    <message>
        <source>Which clothes the network mixes up, and the misclassified images behind each number.</source>
        <extracomment>One-sentence summary of the lesson &quot;confusion-matrix&quot;</extracomment>
        <translation>网络会把哪些服装混淆，以及每个数字背后被分错的图像。</translation>
    </message>
    <message>
        <source>Train</source>
        <extracomment>Title of lesson &quot;confusion-matrix&quot;, step 1</extracomment>
        <translation>训练</translation>
    </message>
    <message>
        <source>Train this network on Fashion-MNIST for two epochs. Accuracy alone says how often it is right, not
**what** it confuses.
</source>
        <extracomment>Markdown text of lesson &quot;confusion-matrix&quot;, step 1; keep the ** and * marks</extracomment>
        <translation>在 Fashion-MNIST 上把这个网络训练两轮。仅凭准确率只能知道它答对的频率，却不知道它把**什么**搞混了。
</translation>
    </message>
    <message>
        <source>The matrix</source>
        <extracomment>Title of lesson &quot;confusion-matrix&quot;, step 2</extracomment>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <source>Open the **Evaluation** panel. Each row is a true class, each column the class the network predicted;
the diagonal holds the correct answers. Find the largest number off the diagonal: usually *Shirt*
taken for *T-shirt/top*, *Pullover* or *Coat*. Click that cell to see exactly those images: would you
have got them right?

Then train two more epochs and see whether that cell shrinks.
</source>
        <extracomment>Markdown text of lesson &quot;confusion-matrix&quot;, step 2; keep the ** and * marks</extracomment>
        <translation>打开**评估**面板。每一行是一个真实类别，每一列是网络预测的类别；
对角线上是正确的答案。找出对角线以外最大的数字：通常是 *Shirt* 被误认为 *T-shirt/top*、*Pullover* 或 *Coat*。
单击该单元格即可查看正是这些图像：你能全部认对吗？

然后再训练两轮，看看这个单元格里的数字是否变小。
</translation>
    </message>
    <message>
        <source>Train continues the run when the network has not changed.</source>
        <extracomment>A hint of lesson &quot;confusion-matrix&quot;, step 2</extracomment>
        <translation>如果网络没有修改，“训练”会继续当前运行。</translation>
    </message>
    <message>
        <source>Backpropagation, one step at a time</source>
        <extracomment>Title of the lesson &quot;backpropagation&quot;</extracomment>
        <translation>反向传播，一步一步来</translation>
    </message>
    <message>
        <source>A network small enough to follow by hand: the forward pass, the loss, each weight&apos;s gradient and its update.</source>
        <extracomment>One-sentence summary of the lesson &quot;backpropagation&quot;</extracomment>
        <translation>一个小到可以手算的网络：前向传播、损失、每个权重的梯度及其更新。</translation>
    </message>
    <message>
        <source>One step</source>
        <extracomment>Title of lesson &quot;backpropagation&quot;, step 1</extracomment>
        <translation>一步</translation>
    </message>
    <message>
        <source>Training repeats one **step**: a forward pass computes the outputs of a mini-batch (4 points here), the
loss measures how wrong they are, the **backward pass** applies the chain rule from the loss back to
every weight, ∂L/∂w, and each weight moves **w ← w − η·∂L/∂w**.

Select the **hidden** layer and open the **Maths** panel. **Next** walks through one step for one of
its neurons with the real numbers: the forward pass (z = w·x + b, then the sigmoid), the loss, the
backward pass (δ = ∂L/∂z and each ∂L/∂w = δ·x) and the update w ← w − η·∂L/∂w; after the update it
trains that step. Take one step so (or press **Step**, F6).
</source>
        <extracomment>Markdown text of lesson &quot;backpropagation&quot;, step 1; keep the ** and * marks</extracomment>
        <translation>训练就是不断重复**一步**操作：前向传播计算一个小批量（这里是 4 个点）的输出，损失衡量它们错得有多离谱，**反向传播**从损失出发，应用链式法则一直回到每个权重，得到 ∂L/∂w，然后每个权重按 **w ← w − η·∂L/∂w** 更新。

选中 **hidden** 层并打开**数学**面板。**下一步**会用真实的数字，针对其中一个神经元逐步演示一步训练：
前向传播（z = w·x + b，然后是 sigmoid）、损失、反向传播（δ = ∂L/∂z，以及每个 ∂L/∂w = δ·x）和更新 w ← w − η·∂L/∂w；
更新之后，它会实际训练这一步。用这种方式走完一步（或按**单步**，F6）。
</translation>
    </message>
    <message>
        <source>Step trains exactly one mini-batch and pauses.</source>
        <extracomment>A hint of lesson &quot;backpropagation&quot;, step 1</extracomment>
        <translation>“单步”只训练一个小批量，然后暂停。</translation>
    </message>
    <message>
        <source>Type a weight into the Maths panel to check a calculation done on paper; Ctrl+Z takes it back.</source>
        <extracomment>A hint of lesson &quot;backpropagation&quot;, step 1</extracomment>
        <translation>在数学面板中输入一个权重，可以核对你在纸上完成的计算；按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <source>The chain rule</source>
        <extracomment>Title of lesson &quot;backpropagation&quot;, step 2</extracomment>
        <translation>链式法则</translation>
    </message>
    <message>
        <source>If it gets stuck near 50%, Reset Weights and train again: a few neurons can start badly.</source>
        <extracomment>A hint of lesson &quot;backpropagation&quot;, step 2</extracomment>
        <translation>如果准确率卡在 50% 附近，请重置权重并重新训练：有些神经元的初始状态可能不好。</translation>
    </message>
    <message>
        <source>The boundary between the two colours is a **straight line**: where the two neurons&apos; sums are equal,
w·x + b = w′·x + b′, which is the equation of a line. A network with **no hidden layer** is exactly
*logistic regression*, however long it trains.

Raise the **learning rate** to 0.1, press **Reset Weights** and train again: the line settles faster,
but it stays a line.
</source>
        <extracomment>Markdown text of lesson &quot;single-neuron&quot;, step 2; keep the ** and * marks</extracomment>
        <translation>两种颜色之间的边界是一条**直线**：在那里两个神经元的加权和相等，w·x + b = w′·x + b′，这正是直线的方程。**没有隐藏层**的网络就是*逻辑回归*，无论训练多久都一样。

把**学习率**提高到 0.1，点击**重置权重**后再训练一次：直线更快地稳定下来，但它仍然是一条直线。
</translation>
    </message>
    <message>
        <source>In the **XOR** data the top-left and bottom-right points are one class, the other two corners the
other. Train this network without a hidden layer and look at the boundary: all it can draw is one
straight line, and no line puts opposite corners on the same side, so about half of the points stay
wrong whatever it does. The map stays pale because the network is unsure almost everywhere.
</source>
        <extracomment>Markdown text of lesson &quot;xor&quot;, step 1; keep the ** and * marks</extracomment>
        <translation>在 **XOR** 数据中，左上和右下的点属于一个类别，另外两个角属于另一个类别。训练这个没有隐藏层的网络并观察边界：它只能画出一条直线，而任何直线都无法把相对的两个角放在同一侧，所以无论怎样训练，大约一半的点仍然分错。图的颜色很淡，是因为网络几乎在所有地方都拿不准。
</translation>
    </message>
    <message>
        <source>Insert a **Dense** layer with 8 neurons and a **Tanh** activation between the input and the output
layer: delete the wire from input to output, drag the two layers from the palette and wire
input → Dense → Tanh → output. Each hidden neuron draws its own line (see the small maps under its
card); the output layer combines them into a region that bends.
</source>
        <extracomment>Markdown text of lesson &quot;xor&quot;, step 2; keep the ** and * marks</extracomment>
        <translation>在输入层和输出层之间插入一个有 8 个神经元的 **Dense** 层和一个 **Tanh** 激活：删除从 input 到 output 的连线，从层面板拖入这两个层，并按 输入 → Dense → Tanh → 输出 连接。每个隐藏神经元画出自己的一条直线（见其卡片下方的小图）；输出层把它们组合成一个弯曲的区域。
</translation>
    </message>
    <message>
        <source>Gradient descent moves each weight a step **w ← w − η·∂L/∂w** against its gradient; η is the
**learning rate**. This network fits y = sin(x) with plain SGD at η = 0.0001. Train it: the loss
falls only slowly and is still far from zero after 30 epochs.
</source>
        <extracomment>Markdown text of lesson &quot;learning-rate&quot;, step 1; keep the ** and * marks</extracomment>
        <translation>梯度下降让每个权重沿梯度的反方向移动一步 **w ← w − η·∂L/∂w**；η 就是**学习率**。这个网络用 η = 0.0001 的普通 SGD 拟合 y = sin(x)。训练它：损失下降得很慢，30 轮之后仍离零很远。
</translation>
    </message>
    <message>
        <source>Now set it to **2** or more, press **Reset Weights** and train. Each step overshoots the minimum by
more than it corrected, the weights grow without bound and the loss becomes infinite: training
**diverges**, and the run stops and says so.
</source>
        <extracomment>Markdown text of lesson &quot;learning-rate&quot;, step 3; keep the ** and * marks</extracomment>
        <translation>现在把它设为 **2** 或更大，点击**重置权重**并训练。每一步都越过最小值，越过的比修正的还多，权重无限增长，损失变成无穷大：训练**发散**，运行会停止并给出提示。
</translation>
    </message>
    <message>
        <source>The **dropout** layer is disabled. Switch it on (right-click it and untick **Disable Layer**): during
training it sets a random 30% of the hidden outputs to zero at every step, so no neuron can rely on
another. Press **Reset Weights**, train again and compare the two runs.
</source>
        <extracomment>Markdown text of lesson &quot;overfitting&quot;, step 2; keep the ** and * marks</extracomment>
        <translation>**dropout** 层目前被禁用。启用它（右键单击该层，取消勾选**禁用层**）：训练时它在每一步随机把 30% 的隐藏输出置为零，这样没有一个神经元能依赖另一个。点击**重置权重**，再训练一次，并比较两次运行。
</translation>
    </message>
    <message>
        <source>**Weight decay** pulls every weight a little towards zero at each step, which keeps the boundary
smooth. Switch the dropout layer off again, set weight decay to 0.001 in the optimizer settings, press
**Reset Weights** and train once more. Compare the three runs in the Runs panel: the regularised ones
end with a higher training loss but a lower validation loss. They learned the spirals, not the noise.
</source>
        <extracomment>Markdown text of lesson &quot;overfitting&quot;, step 3; keep the ** and * marks</extracomment>
        <translation>**权重衰减**在每一步把每个权重稍微拉向零，使边界保持平滑。再次禁用 dropout 层，在优化器设置中把权重衰减设为 0.001，点击**重置权重**，再训练一次。在运行记录面板中比较三次运行：加了正则化的运行最终训练损失更高，但验证损失更低。它们学到的是螺旋，而不是噪声。
</translation>
    </message>
    <message>
        <source>The output layer&apos;s gradient is (predicted probability − true label) times its input; the hidden layer
gets that error sent back through the output weights and multiplied by the sigmoid&apos;s slope,
σ(z)(1 − σ(z)), at most 0.25. That factor is why gradients shrink on their way back through many
sigmoid layers.

Step a few more times and watch the weights change. Then set **Epochs** to 60 in the Training panel
and press **Train** (F5; after stepping the button says **Resume**) to finish: four sigmoid neurons
are enough for XOR.
</source>
        <extracomment>Markdown text of lesson &quot;backpropagation&quot;, step 2; keep the ** and * marks</extracomment>
        <translation>输出层的梯度等于（预测概率 − 真实标签）乘以它的输入；隐藏层通过输出权重收到传回的误差，再乘以 sigmoid 的斜率 σ(z)(1 − σ(z))，它最大为 0.25。正是这个因子使梯度在反向穿过许多 sigmoid 层时不断变小。

再走几步，观察权重的变化。然后在训练面板中把**训练轮数**设为 60，点击**训练**（F5；单步之后按钮显示为**继续**）完成训练：四个 sigmoid 神经元足以解决 XOR。
</translation>
    </message>
</context>
<context>
    <name>LessonReport</name>
    <message>
        <source>met</source>
        <translation>已达成</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>未达成</translation>
    </message>
</context>
<context>
    <name>RecoveryFolder</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot lock %1.</source>
        <translation>无法锁定 %1。</translation>
    </message>
</context>
<context>
    <name>UserPrompts</name>
    <message>
        <source>Neuroweave projects (*.nwproj)</source>
        <translation>Neuroweave 项目 (*.nwproj)</translation>
    </message>
    <message>
        <source>Do you want to save the changes to “%1”?</source>
        <translation>是否保存对“%1”的更改？</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>如果不保存，你的更改将会丢失。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Do&amp;n&apos;t Save</source>
        <translation>不保存(&amp;N)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>导出示意图</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg);;PNG image (*.png)</source>
        <translation>SVG 图形 (*.svg);;PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Rename Layer</source>
        <translation>重命名层</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Closing stops it. What is done so far is kept.</source>
        <translation>关闭会停止它的运行。已完成的部分会被保留。</translation>
    </message>
    <message>
        <source>&amp;Stop and Close</source>
        <translation>停止并关闭(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keep Running</source>
        <translation>继续运行(&amp;K)</translation>
    </message>
    <message>
        <source>Their records, curves and notes are removed from the project; this cannot be undone.</source>
        <translation>它们的记录、曲线和备注将从项目中移除；此操作无法撤销。</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Recover Project</source>
        <translation>恢复项目</translation>
    </message>
    <message>
        <source>Neuroweave did not close properly. A recovery copy of “%1” with unsaved changes was kept.</source>
        <translation>Neuroweave 未正常关闭。已保留一份包含未保存更改的“%1”恢复副本。</translation>
    </message>
    <message>
        <source>It was saved on %1 at %2. Restore it?</source>
        <translation>它保存于 %1 %2。要恢复吗？</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <source>Import Model</source>
        <translation>导入模型</translation>
    </message>
    <message>
        <source>ONNX models (*.onnx)</source>
        <translation>ONNX 模型 (*.onnx)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design, train and export neural networks visually.</source>
        <translation>以可视化方式设计、训练和导出神经网络。</translation>
    </message>
    <message>
        <source>A project (.nwproj) to open.</source>
        <translation>要打开的项目 (.nwproj)。</translation>
    </message>
    <message>
        <source>Save a PNG picture of the window to &lt;png&gt; and quit.</source>
        <translation>将窗口截图保存为 PNG 图片 &lt;png&gt; 并退出。</translation>
    </message>
    <message>
        <source>Select the layer named &lt;name&gt;.</source>
        <translation>选中名为 &lt;name&gt; 的层。</translation>
    </message>
    <message>
        <source>Start training the opened project.</source>
        <translation>开始训练已打开的项目。</translation>
    </message>
    <message>
        <source>With --train: train for &lt;n&gt; epochs.</source>
        <translation>与 --train 一起使用：训练 &lt;n&gt; 轮。</translation>
    </message>
    <message>
        <source>Bring the panel &lt;name&gt; (dock.activations, …) to the front.</source>
        <translation>将面板 &lt;name&gt;（dock.activations，…）置于最前。</translation>
    </message>
    <message>
        <source>Start the lesson &lt;lesson&gt;: a built-in one&apos;s id (xor, …) or a .nwlesson file.</source>
        <translation>开始课程 &lt;lesson&gt;：内置课程的 id（xor，…）或 .nwlesson 文件。</translation>
    </message>
    <message>
        <source>Start in presenter mode.</source>
        <translation>以演示模式启动。</translation>
    </message>
    <message>
        <source>There is no layer named %1.</source>
        <translation>没有名为 %1 的层。</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Speak &lt;code&gt; for this run: en, de, fr, es or zh_CN.</source>
        <translation>本次运行使用 &lt;code&gt; 语言：en、de、fr、es 或 zh_CN。</translation>
    </message>
    <message>
        <source>Unknown language %1: use en, de, fr, es or zh_CN.</source>
        <translation>未知的语言 %1：请使用 en、de、fr、es 或 zh_CN。</translation>
    </message>
</context>
<context>
    <name>nw::gui</name>
    <message>
        <source>%1 params</source>
        <translation>%1 个参数</translation>
    </message>
    <message>
        <source>%1 (off)</source>
        <translation>%1（已关闭）</translation>
    </message>
    <message>
        <source>shape unknown</source>
        <translation>形状未知</translation>
    </message>
    <message>
        <source>Attributes (default):</source>
        <translation>属性（默认值）：</translation>
    </message>
    <message>
        <source>Range: %1 to %2%3</source>
        <translation>范围：%1 到 %2%3</translation>
    </message>
</context>
<context>
    <name>nw::gui::ActivationView</name>
    <message>
        <source>Root mean square of each layer&apos;s weight gradients and of the change of its weights per step, on a log scale: bars shrinking towards the input mean vanishing gradients, bars growing mean exploding ones</source>
        <translation>每层权重梯度以及每步权重变化量的均方根，采用对数刻度：若条形越靠近输入端越短，表示梯度消失；越靠近输入端越长，则表示梯度爆炸</translation>
    </message>
    <message>
        <source>gradient</source>
        <translation>梯度</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新量</translation>
    </message>
    <message>
        <source>Gradients appear once training runs.</source>
        <translation>训练开始后将显示梯度。</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>激活值</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <source>sample </source>
        <translation>样本 </translation>
    </message>
    <message>
        <source>Train the network, then select a layer to see what it computes.</source>
        <translation>先训练网络，然后选中一个层，查看它计算的内容。</translation>
    </message>
    <message>
        <source>Select a layer on the canvas to see its activations, weights and gradients.</source>
        <translation>在画布上选中一个层，查看它的激活值、权重和梯度。</translation>
    </message>
    <message>
        <source>%1 has no output to show.</source>
        <translation>%1 没有可显示的输出。</translation>
    </message>
    <message>
        <source>%1 has no weights.</source>
        <translation>%1 没有权重。</translation>
    </message>
    <message>
        <source>output for sample %1</source>
        <translation>样本 %1 的输出</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>weight gradients</source>
        <translation>权重梯度</translation>
    </message>
    <message>
        <source>%1: %2, %3 · step %4</source>
        <translation>%1：%2，%3 · 第 %4 步</translation>
    </message>
</context>
<context>
    <name>nw::gui::AssignmentDialog</name>
    <message>
        <source>Data set</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失函数</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批量大小</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>训练轮数</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>权重衰减</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Save as Assignment</source>
        <translation>另存为作业</translation>
    </message>
    <message>
        <source>Assignment: %1</source>
        <translation>作业：%1</translation>
    </message>
    <message>
        <source>What the students should do (Markdown)</source>
        <translation>学生需要完成的任务（Markdown）</translation>
    </message>
    <message>
        <source>Validation accuracy at least</source>
        <translation>验证准确率至少为</translation>
    </message>
    <message>
        <source>At most this many parameters</source>
        <translation>参数数量至多为</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>The steps and goals of the lesson being played are kept.</source>
        <translation>正在进行的课程的步骤和目标会被保留。</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Locked for the students</source>
        <translation>对学生锁定</translation>
    </message>
    <message>
        <source>Layer kinds they may use</source>
        <translation>允许使用的层类型</translation>
    </message>
    <message>
        <source>Only Those in the Network</source>
        <translation>仅限网络中已有的类型</translation>
    </message>
    <message>
        <source>The assignment needs a title.</source>
        <translation>作业需要一个标题。</translation>
    </message>
    <message>
        <source>Tick at least one goal: it is what the hand-ins are graded on.</source>
        <translation>请至少勾选一个目标：提交的作业将据此评分。</translation>
    </message>
    <message>
        <source>Save Assignment</source>
        <translation>保存作业</translation>
    </message>
    <message>
        <source>Neuroweave lessons (*.nwlesson)</source>
        <translation>Neuroweave 课程 (*.nwlesson)</translation>
    </message>
</context>
<context>
    <name>nw::gui::AttributeField</name>
    <message>
        <source>e.g. 1×28×28</source>
        <translation>例如 1×28×28</translation>
    </message>
    <message>
        <source>Write the dimensions as whole numbers separated by ×, e.g. 1×28×28.</source>
        <translation>请用 × 分隔的整数表示各维度，例如 1×28×28。</translation>
    </message>
    <message>
        <source>grey 28×28 images (Fashion-MNIST, MNIST)</source>
        <translation>28×28 灰度图像（Fashion-MNIST、MNIST）</translation>
    </message>
    <message>
        <source>colour 32×32 images</source>
        <translation>32×32 彩色图像</translation>
    </message>
    <message>
        <source>a 28×28 image as one row of values</source>
        <translation>展平为一行数值的 28×28 图像</translation>
    </message>
    <message>
        <source>points in a plane (the Playground&apos;s data sets)</source>
        <translation>平面上的点（Playground 的数据集）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Common shapes</source>
        <translation>常用形状</translation>
    </message>
</context>
<context>
    <name>nw::gui::Autosaver</name>
    <message>
        <source>Could not write the recovery copy: %1</source>
        <translation>无法写入恢复副本：%1</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>The recovery copy of “%1” cannot be read.</source>
        <translation>无法读取“%1”的恢复副本。</translation>
    </message>
</context>
<context>
    <name>nw::gui::ConfusionMatrixWidget</name>
    <message>
        <source>Rows: true class; columns: predicted class. Click a cell to see its samples.</source>
        <translation>行：真实类别；列：预测类别。单击单元格可查看其中的样本。</translation>
    </message>
    <message>
        <source>The confusion matrix appears after the first epoch of a classification run.</source>
        <translation>分类任务的运行完成第一轮后将显示混淆矩阵。</translation>
    </message>
    <message>
        <source>predicted →</source>
        <translation>预测 →</translation>
    </message>
    <message>
        <source>acc.</source>
        <translation>准确率</translation>
    </message>
</context>
<context>
    <name>nw::gui::DatasetPanel</name>
    <message>
        <source>Spirals</source>
        <translation>螺旋</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>同心圆</translation>
    </message>
    <message>
        <source>XOR</source>
        <translation>XOR</translation>
    </message>
    <message>
        <source>Gaussian blobs</source>
        <translation>高斯簇</translation>
    </message>
    <message>
        <source>Sine (regression)</source>
        <translation>正弦（回归）</translation>
    </message>
    <message>
        <source>Polynomial (regression)</source>
        <translation>多项式（回归）</translation>
    </message>
    <message>
        <source>The data cannot be read: %1</source>
        <translation>无法读取数据：%1</translation>
    </message>
    <message>
        <source>%1 samples of %2</source>
        <translation>%1 个样本，形状为 %2</translation>
    </message>
    <message>
        <source>Samples per class: %1</source>
        <translation>每个类别的样本数：%1</translation>
    </message>
    <message>
        <source>Regression, target values per sample: %1</source>
        <translation>回归，每个样本的目标值：%1</translation>
    </message>
    <message>
        <source>Fashion-MNIST</source>
        <translation>Fashion-MNIST</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV 文件</translation>
    </message>
    <message>
        <source>IDX folder</source>
        <translation>IDX 文件夹</translation>
    </message>
    <message>
        <source>Image folder</source>
        <translation>图像文件夹</translation>
    </message>
    <message>
        <source>How many points are generated</source>
        <translation>生成多少个点</translation>
    </message>
    <message>
        <source>Noise, as a fraction of the data&apos;s scale</source>
        <translation>噪声，以数据尺度的比例表示</translation>
    </message>
    <message>
        <source>File or folder</source>
        <translation>文件或文件夹</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>The fraction of samples held out to measure validation loss and accuracy</source>
        <translation>留出用于计算验证损失和验证准确率的样本比例</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Unit range [0, 1]</source>
        <translation>单位区间 [0, 1]</translation>
    </message>
    <message>
        <source>Standardize</source>
        <translation>标准化</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>验证集</translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>选择 CSV 文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt)</source>
        <translation>CSV 文件 (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>Choose a data folder</source>
        <translation>选择数据文件夹</translation>
    </message>
    <message>
        <source>Reading the data…</source>
        <translation>正在读取数据…</translation>
    </message>
</context>
<context>
    <name>nw::gui::DecisionBoundaryView</name>
    <message>
        <source>The decision boundary is drawn for data sets with two features, such as the spirals.</source>
        <translation>决策边界只针对有两个特征的数据集（如螺旋）绘制。</translation>
    </message>
    <message>
        <source>Train a network on a data set with two features to see its decision boundary here.</source>
        <translation>在有两个特征的数据集上训练网络，即可在这里看到它的决策边界。</translation>
    </message>
    <message>
        <source>● training   ○ validation   step %1</source>
        <translation>● 训练   ○ 验证   第 %1 步</translation>
    </message>
</context>
<context>
    <name>nw::gui::DistributionView</name>
    <message>
        <source>epoch %1</source>
        <translation>第 %1 轮</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>激活值</translation>
    </message>
    <message>
        <source>Which values of the selected layer: its weights and biases, their gradients, or its outputs for a fixed set of validation samples</source>
        <translation>显示所选层的哪些值：它的权重和偏置、它们的梯度，或它对一组固定验证样本的输出</translation>
    </message>
    <message>
        <source>One column per epoch: the darker a cell, the more of that epoch&apos;s values lie in its interval</source>
        <translation>每轮一列：单元格颜色越深，表示该轮有越多的值落在这个区间内</translation>
    </message>
    <message>
        <source>Select a layer on the canvas to see how its values are distributed, epoch after epoch.</source>
        <translation>在画布上选中一个层，查看它的值在各轮之间如何分布。</translation>
    </message>
    <message>
        <source>%1 has no weights: choose Activations to see its outputs.</source>
        <translation>%1 没有权重：选择“激活值”可查看它的输出。</translation>
    </message>
    <message>
        <source>Train the network: each epoch adds a column showing how the values of %1 are distributed.</source>
        <translation>训练网络：每一轮都会新增一列，显示 %1 的值如何分布。</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <source>outputs</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>%1: %2, epochs %3–%4</source>
        <translation>%1：%2，第 %3–%4 轮</translation>
    </message>
    <message>
        <source>%1: %2, epochs %3–%4 (%5 of them sampled)</source>
        <translation>%1：%2，第 %3–%4 轮（抽样其中 %5 轮）</translation>
    </message>
</context>
<context>
    <name>nw::gui::EditorActions</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>Move the selected layers to the clipboard</source>
        <translation>将所选层移到剪贴板</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected layers and their wires</source>
        <translation>复制所选层及其连线</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Add the layers on the clipboard</source>
        <translation>添加剪贴板中的层</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <source>Copy the selected layers next to themselves</source>
        <translation>在所选层旁边复制一份</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected layers and wires</source>
        <translation>删除所选的层和连线</translation>
    </message>
    <message>
        <source>Delete and &amp;Join Wires</source>
        <translation>删除并接通连线(&amp;J)</translation>
    </message>
    <message>
        <source>Delete the selected layer and wire what fed it to what it fed</source>
        <translation>删除所选层，并把它的上游直接连接到它的下游</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Select every layer and wire</source>
        <translation>选中所有层和连线</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>Give the selected layer a new name</source>
        <translation>为所选层指定新名称</translation>
    </message>
    <message>
        <source>Disa&amp;ble Layer</source>
        <translation>禁用层(&amp;B)</translation>
    </message>
    <message>
        <source>Switch the selected layers off: they pass their input through unchanged</source>
        <translation>关闭所选层：它们会将输入原样传递</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Enlarge the canvas</source>
        <translation>放大画布</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Shrink the canvas</source>
        <translation>缩小画布</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>Show the canvas at 100 %</source>
        <translation>以 100% 比例显示画布</translation>
    </message>
    <message>
        <source>&amp;Fit Network</source>
        <translation>适应网络(&amp;F)</translation>
    </message>
    <message>
        <source>Show the whole network</source>
        <translation>显示整个网络</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>缩放到所选内容(&amp;S)</translation>
    </message>
    <message>
        <source>Show the selected layers</source>
        <translation>显示所选的层</translation>
    </message>
    <message>
        <source>Snap to &amp;Grid</source>
        <translation>对齐网格(&amp;G)</translation>
    </message>
    <message>
        <source>Align moved layers on the canvas grid</source>
        <translation>将移动的层对齐到画布网格</translation>
    </message>
    <message>
        <source>A&amp;rrange Layers</source>
        <translation>排列层(&amp;R)</translation>
    </message>
    <message>
        <source>Lay the network out from left to right</source>
        <translation>将网络从左到右排列</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>修复：%1</translation>
    </message>
    <message>
        <source>Delete Wire</source>
        <translation>删除连线</translation>
    </message>
    <message>
        <source>Add Layer</source>
        <translation>添加层</translation>
    </message>
</context>
<context>
    <name>nw::gui::EvaluationView</name>
    <message>
        <source>true: %1</source>
        <translation>真实：%1</translation>
    </message>
    <message>
        <source>%1 validation samples, %2% right · step %3</source>
        <translation>%1 个验证样本，正确率 %2% · 第 %3 步</translation>
    </message>
    <message>
        <source>#%1: predicted %2, is %3</source>
        <translation>#%1：预测为 %2，实际为 %3</translation>
    </message>
    <message>
        <source>#%1: %2</source>
        <translation>#%1：%2</translation>
    </message>
    <message>
        <source>Sample %1: predicted %2 (%3%), true class %4</source>
        <translation>样本 %1：预测为 %2（%3%），真实类别为 %4</translation>
    </message>
</context>
<context>
    <name>nw::gui::ExportDialog</name>
    <message>
        <source>The verification was cancelled: the export is not verified.</source>
        <translation>验证已取消：导出结果未经验证。</translation>
    </message>
    <message>
        <source>Not verified: %1 is not available (%2).</source>
        <translation>未验证：%1 不可用（%2）。</translation>
    </message>
    <message>
        <source>The verification failed: %1 did not run it (%2).</source>
        <translation>验证失败：%1 未能运行它（%2）。</translation>
    </message>
    <message>
        <source>The verification failed: %1 differs from the engine on %2 by up to %3, more than the %4 allowed.</source>
        <translation>验证失败：在 %2 上，%1 与引擎的结果最多相差 %3，超过了允许的 %4。</translation>
    </message>
    <message>
        <source>Verified with %1 on %2: largest difference %3.</source>
        <translation>已在 %2 上用 %1 验证：最大差异为 %3。</translation>
    </message>
    <message>
        <source>Writing the export…</source>
        <translation>正在写入导出文件…</translation>
    </message>
    <message>
        <source>Running the engine on the verification samples…</source>
        <translation>正在用引擎计算验证样本…</translation>
    </message>
    <message>
        <source>Verifying with OpenCV DNN…</source>
        <translation>正在用 OpenCV DNN 验证…</translation>
    </message>
    <message>
        <source>Verifying with PyTorch (check.py); this can take a minute…</source>
        <translation>正在用 PyTorch 验证（check.py），这可能需要一分钟…</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 bytes).</source>
        <translation>已写入 %1（%2 字节）。</translation>
    </message>
    <message>
        <source>The project is not trained: its initial weights were exported.</source>
        <translation>项目尚未训练：导出的是初始权重。</translation>
    </message>
    <message>
        <source>Wrote %1 files (%2 bytes) to %3: model.py, train.py and check.py.</source>
        <translation>已将 %1 个文件（%2 字节）写入 %3：model.py、train.py 和 check.py。</translation>
    </message>
    <message>
        <source>Export Model</source>
        <translation>导出模型</translation>
    </message>
    <message>
        <source>ONNX model (.onnx)</source>
        <translation>ONNX 模型 (.onnx)</translation>
    </message>
    <message>
        <source>PyTorch code, weights and training script (folder)</source>
        <translation>PyTorch 代码、权重和训练脚本（文件夹）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>保存到：</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export ONNX Model</source>
        <translation>导出 ONNX 模型</translation>
    </message>
    <message>
        <source>ONNX models (*.onnx)</source>
        <translation>ONNX 模型 (*.onnx)</translation>
    </message>
    <message>
        <source>Folder for the PyTorch Export</source>
        <translation>PyTorch 导出文件夹</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>请选择导出的保存位置。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>An export is under way.</source>
        <translation>正在导出。</translation>
    </message>
    <message>
        <source>Model expects scaled inputs</source>
        <translation>模型需要已缩放的输入</translation>
    </message>
    <message>
        <source>Leave the data scaling out of the model: its inputs must then be scaled as in training, as its metadata describes. Unticked, the model takes raw data.</source>
        <translation>不把数据缩放放进模型：此时输入必须像训练时那样缩放，方法见模型的元数据。不勾选时，模型直接接受原始数据。</translation>
    </message>
    <message>
        <source>%1 ran the int8 model on %2: accuracy %3% against %4% in float.</source>
        <translation>%1 在 %2 上运行了 int8 模型：准确率 %3%，浮点模型为 %4%。</translation>
    </message>
    <message>
        <source>That loses more than the %1 points allowed.</source>
        <translation>损失超过了允许的 %1 个百分点。</translation>
    </message>
    <message>
        <source>%1 ran the int8 model on %2: its outputs differ from the float ones by %3 on average (%4% of their spread).</source>
        <translation>%1 在 %2 上运行了 int8 模型：其输出与浮点输出平均相差 %3（为其离散程度的 %4%）。</translation>
    </message>
    <message>
        <source>That is more than the %1% allowed.</source>
        <translation>超过了允许的 %1%。</translation>
    </message>
    <message>
        <source>int8 model (smaller, for edge devices)</source>
        <translation>int8 模型（更小，适合边缘设备）</translation>
    </message>
    <message>
        <source>Dense and convolution layers compute in 8-bit integers. The value ranges come from the project&apos;s training data; the export then compares the accuracy of the int8 and float models on its test data.</source>
        <translation>全连接层和卷积层以 8 位整数计算。数值范围取自项目的训练数据；随后导出会在其测试数据上比较 int8 模型与浮点模型的准确率。</translation>
    </message>
    <message>
        <source>1 layer computes in int8; the file is %1% of the float model&apos;s.</source>
        <translation>1 个层以 int8 计算；文件大小为浮点模型的 %1%。</translation>
    </message>
    <message numerus="yes">
        <source>%n layers compute in int8; the file is %1% of the float model&apos;s.</source>
        <translation>
            <numerusform>%n 个层以 int8 计算；文件大小为浮点模型的 %1%。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nw::gui::GraphDocument</name>
    <message>
        <source>This assignment does not use %1 layers: it allows %2.</source>
        <translation>此作业不允许使用 %1 层：只允许使用 %2。</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Layers</source>
        <translation>
            <numerusform>删除 %n 个层</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1 and Join Its Wires</source>
        <translation>删除 %1 并接通其连线</translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation>将 %1 连接到 %2</translation>
    </message>
    <message>
        <source>Disconnect %1 from %2</source>
        <translation>断开 %1 与 %2 的连接</translation>
    </message>
    <message>
        <source>Reconnect %1</source>
        <translation>重新连接 %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>移动 %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n Layers</source>
        <translation>
            <numerusform>移动 %n 个层</numerusform>
        </translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>更改 %2 的 %1</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>将 %1 重命名为 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n Layers</source>
        <translation>
            <numerusform>%n 个层</numerusform>
        </translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation>启用 %1</translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation>禁用 %1</translation>
    </message>
    <message>
        <source>Insert %1</source>
        <translation>插入 %1</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Arrange Layers</source>
        <translation>排列层</translation>
    </message>
</context>
<context>
    <name>nw::gui::GraphScene</name>
    <message>
        <source>Added %1 without a wire: %2</source>
        <translation>已添加 %1，但未连线：%2</translation>
    </message>
    <message>
        <source>Delete Selection</source>
        <translation>删除所选内容</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>剪切</translation>
    </message>
    <message>
        <source>The clipboard holds no layers to paste.</source>
        <translation>剪贴板中没有可粘贴的层。</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>创建副本</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>移动 %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n Layers</source>
        <translation>
            <numerusform>移动 %n 个层</numerusform>
        </translation>
    </message>
    <message>
        <source>An output connects to an input, on the left side of a layer.</source>
        <translation>输出端口应连接到输入端口，即层的左侧。</translation>
    </message>
    <message>
        <source>An input connects to an output, on the right side of a layer.</source>
        <translation>输入端口应连接到输出端口，即层的右侧。</translation>
    </message>
    <message>
        <source>Connected through a new %1 so the shapes fit (Ctrl+Z takes it back)</source>
        <translation>已通过新的 %1 连接，使形状匹配（按 Ctrl+Z 可撤销）</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>无法连接：%1</translation>
    </message>
</context>
<context>
    <name>nw::gui::InspectorDock</name>
    <message>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <source>Select a layer on the canvas to see its shape and edit its attributes.</source>
        <translation>在画布上选中一个层，查看它的形状并编辑它的属性。</translation>
    </message>
    <message>
        <source>The layer&apos;s name, unique in the network</source>
        <translation>层的名称，在网络中必须唯一</translation>
    </message>
    <message>
        <source>Formula:</source>
        <translation>公式：</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>输出：</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>参数：</translation>
    </message>
    <message>
        <source>FLOPs:</source>
        <translation>FLOPs：</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>This layer has no attributes to set.</source>
        <translation>该层没有可设置的属性。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&lt;span style=&apos;color:gray&apos;&gt;%2&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&lt;span style=&apos;color:gray&apos;&gt;%2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>尚不可知</translation>
    </message>
    <message>
        <source>%1 per sample</source>
        <translation>每个样本 %1</translation>
    </message>
    <message>
        <source>%1
Fix: %2</source>
        <translation>%1
修复：%2</translation>
    </message>
</context>
<context>
    <name>nw::gui::LayerSearchPopup</name>
    <message>
        <source>Add a layer…</source>
        <translation>添加层…</translation>
    </message>
</context>
<context>
    <name>nw::gui::LessonsDock</name>
    <message>
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Each lesson opens a ready network and walks through one idea in a few steps; its goals tick green as you reach them.</source>
        <translation>每节课程都会打开一个现成的网络，分几个步骤讲解一个概念；达成目标时，目标会变成绿色的勾。</translation>
    </message>
    <message>
        <source>Start Lesson</source>
        <translation>开始课程</translation>
    </message>
    <message>
        <source>Open Lesson File…</source>
        <translation>打开课程文件…</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>报告…</translation>
    </message>
    <message>
        <source>A one-page report with your name, the network, the curves and the goals met, as HTML or PDF</source>
        <translation>一页报告，包含你的姓名、网络、曲线和已达成的目标，格式为 HTML 或 PDF</translation>
    </message>
    <message>
        <source>All Lessons</source>
        <translation>全部课程</translation>
    </message>
    <message>
        <source>Open Lesson</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <source>Neuroweave lessons (*.nwlesson)</source>
        <translation>Neuroweave 课程 (*.nwlesson)</translation>
    </message>
    <message>
        <source>%1
%2 · about %3 minutes</source>
        <translation>%1
%2 · 约 %3 分钟</translation>
    </message>
    <message>
        <source>There is no lesson “%1”.</source>
        <translation>没有名为“%1”的课程。</translation>
    </message>
    <message>
        <source>The lesson %1 cannot be opened: %2</source>
        <translation>无法打开课程 %1：%2</translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>第 %1 步，共 %2 步：%3</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>当前：%1</translation>
    </message>
    <message>
        <source>Every goal is met: you have finished this lesson.</source>
        <translation>所有目标均已达成：你已完成本课程。</translation>
    </message>
    <message>
        <source>Every goal of this step is met: press Next when you are ready.</source>
        <translation>本步骤的所有目标均已达成：准备好后请按“下一步”。</translation>
    </message>
</context>
<context>
    <name>nw::gui::MainWindow</name>
    <message>
        <source>Restored %1 from its recovery copy</source>
        <translation>已从恢复副本还原 %1</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>Start a new project, empty or from a template</source>
        <translation>新建一个空白项目，或从模板新建</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>打开项目文件</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the project under a new name</source>
        <translation>以新名称保存项目</translation>
    </message>
    <message>
        <source>Save as Assi&amp;gnment…</source>
        <translation>另存为作业(&amp;G)…</translation>
    </message>
    <message>
        <source>Save the network (or the lesson being played) as an assignment with locked controls and goals</source>
        <translation>将网络（或正在进行的课程）保存为作业，可锁定控件并设定目标</translation>
    </message>
    <message>
        <source>&amp;Export Diagram…</source>
        <translation>导出示意图(&amp;E)…</translation>
    </message>
    <message>
        <source>Save a picture of the network as SVG or PNG</source>
        <translation>将网络图保存为 SVG 或 PNG 图片</translation>
    </message>
    <message>
        <source>Export the network diagram as SVG or PNG</source>
        <translation>将网络示意图导出为 SVG 或 PNG</translation>
    </message>
    <message>
        <source>Export &amp;Model…</source>
        <translation>导出模型(&amp;M)…</translation>
    </message>
    <message>
        <source>Write the trained network as ONNX or PyTorch code, verified against the engine</source>
        <translation>将训练好的网络写出为 ONNX 或 PyTorch 代码，并与引擎的结果进行核对</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit Neuroweave</source>
        <translation>退出 Neuroweave</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>撤销上一次编辑</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Redo the edit that was undone last</source>
        <translation>重做上一次撤销的编辑</translation>
    </message>
    <message>
        <source>&amp;Find Layer</source>
        <translation>查找层(&amp;F)</translation>
    </message>
    <message>
        <source>Search the layer palette</source>
        <translation>搜索层面板</translation>
    </message>
    <message>
        <source>&amp;Help on Layer</source>
        <translation>层帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Explain the selected layer, or how to use the designer</source>
        <translation>解释所选的层，或介绍如何使用设计器</translation>
    </message>
    <message>
        <source>&amp;About Neuroweave</source>
        <translation>关于 Neuroweave(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Presenter Mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>Large text and cards, high contrast and only the panels a demonstration needs, for a projector</source>
        <translation>大号文字和卡片、高对比度，只显示演示所需的面板，适合投影仪</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <source>Lessons that walk through one idea at a time, with goals that check themselves</source>
        <translation>一次讲解一个概念的课程，目标会自动检查</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Training is under way.</source>
        <translation>正在训练。</translation>
    </message>
    <message>
        <source>About Neuroweave</source>
        <translation>关于 Neuroweave</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Neuroweave %1&lt;/h3&gt;&lt;p&gt;A visual designer for neural networks: drag layers onto a canvas, wire them into a network and watch it train live on your own computer.&lt;/p&gt;&lt;p&gt;Trained models export to ONNX and PyTorch.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Neuroweave %1&lt;/h3&gt;&lt;p&gt;一款可视化的神经网络设计器：把层拖到画布上，连线组成网络，然后在你自己的电脑上实时观看它的训练过程。&lt;/p&gt;&lt;p&gt;训练好的模型可以导出为 ONNX 和 PyTorch 格式。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Drag layers here to build a network</source>
        <translation>将层拖到这里以搭建网络</translation>
    </message>
    <message>
        <source>or open a project with %1</source>
        <translation>或用 %1 打开项目</translation>
    </message>
    <message>
        <source>There is no network to export yet.</source>
        <translation>还没有可导出的网络。</translation>
    </message>
    <message>
        <source>Could not export the diagram to “%1”.</source>
        <translation>无法将示意图导出到“%1”。</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Could not rename “%1”.</source>
        <translation>无法重命名“%1”。</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <source>Show or hide the %1 panel</source>
        <translation>显示或隐藏%1面板</translation>
    </message>
    <message>
        <source>&amp;Summary Bar</source>
        <translation>摘要栏(&amp;S)</translation>
    </message>
    <message>
        <source>Show or hide the network summary in the status bar</source>
        <translation>在状态栏中显示或隐藏网络摘要</translation>
    </message>
    <message>
        <source>Could not add %1.</source>
        <translation>无法添加 %1。</translation>
    </message>
    <message>
        <source>Could not apply the fix.</source>
        <translation>无法应用此修复。</translation>
    </message>
    <message>
        <source>Decision Boundary</source>
        <translation>决策边界</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>激活值</translation>
    </message>
    <message>
        <source>Distributions</source>
        <translation>分布</translation>
    </message>
    <message>
        <source>Maths</source>
        <translation>数学</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>T&amp;rain</source>
        <translation>训练(&amp;R)</translation>
    </message>
    <message>
        <source>S&amp;weep…</source>
        <translation>参数扫描(&amp;W)…</translation>
    </message>
    <message>
        <source>Train one run per combination of one or two settings&apos; values and compare them</source>
        <translation>为一个或两个设置的每种取值组合各训练一次，并进行比较</translation>
    </message>
    <message>
        <source>No lesson is open.</source>
        <translation>当前没有打开的课程。</translation>
    </message>
    <message>
        <source>%1 layers, %2 parameters; %3 epochs trained</source>
        <translation>%1 个层，%2 个参数；已训练 %3 轮</translation>
    </message>
    <message>
        <source>Lesson Report</source>
        <translation>课程报告</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>你的姓名：</translation>
    </message>
    <message>
        <source>Save Lesson Report</source>
        <translation>保存课程报告</translation>
    </message>
    <message>
        <source>Web page (*.html);;PDF (*.pdf)</source>
        <translation>网页 (*.html);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>无法写入报告。</translation>
    </message>
    <message>
        <source>Saved the report to %1</source>
        <translation>已将报告保存到 %1</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>The designer speaks %1 from its next start.</source>
        <translation>设计器将在下次启动时使用%1。</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>&amp;Import Model…</source>
        <translation>导入模型(&amp;I)…</translation>
    </message>
    <message>
        <source>Read an ONNX model, from PyTorch or elsewhere, into a new project with its trained weights</source>
        <translation>将 ONNX 模型（来自 PyTorch 或其他工具）连同训练好的权重读入新项目</translation>
    </message>
</context>
<context>
    <name>nw::gui::MathsView</name>
    <message>
        <source>softmax cross-entropy</source>
        <translation>softmax 交叉熵</translation>
    </message>
    <message>
        <source>binary cross-entropy</source>
        <translation>二元交叉熵</translation>
    </message>
    <message>
        <source>mean squared error</source>
        <translation>均方误差</translation>
    </message>
    <message>
        <source>neuron </source>
        <translation>神经元 </translation>
    </message>
    <message>
        <source>sample </source>
        <translation>样本 </translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>The phase before</source>
        <translation>上一阶段</translation>
    </message>
    <message>
        <source>1 Forward pass</source>
        <translation>1 前向传播</translation>
    </message>
    <message>
        <source>2 Loss</source>
        <translation>2 损失</translation>
    </message>
    <message>
        <source>3 Backward pass</source>
        <translation>3 反向传播</translation>
    </message>
    <message>
        <source>4 Update</source>
        <translation>4 更新</translation>
    </message>
    <message>
        <source>Train This Step ▶</source>
        <translation>训练这一步 ▶</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <source>Select a Dense layer on the canvas: the maths of one of its neurons appear here.</source>
        <translation>在画布上选中一个 Dense 层：这里会显示它其中一个神经元的数学计算过程。</translation>
    </message>
    <message>
        <source>Train a step (F6) or open a trained project: the numbers come from a real step.</source>
        <translation>训练一步（F6）或打开已训练的项目：这些数字都来自真实的一步训练。</translation>
    </message>
    <message>
        <source>Neuron %1 of &lt;b&gt;%2&lt;/b&gt;, sample %3:</source>
        <translation>&lt;b&gt;%2&lt;/b&gt; 的神经元 %1，样本 %3：</translation>
    </message>
    <message>
        <source>z = Σ w&lt;sub&gt;i&lt;/sub&gt;·x&lt;sub&gt;i&lt;/sub&gt; + b = %1 + (%2) = &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>z = Σ w&lt;sub&gt;i&lt;/sub&gt;·x&lt;sub&gt;i&lt;/sub&gt; + b = %1 + (%2) = &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>a = %1(z) = &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>a = %1(z) = &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>L = &lt;b&gt;%1&lt;/b&gt; (%2 of this sample)</source>
        <translation>L = &lt;b&gt;%1&lt;/b&gt;（%2，针对该样本）</translation>
    </message>
    <message>
        <source>δ = ∂L/∂z = &lt;b&gt;%1&lt;/b&gt;; ∂L/∂b = δ; ∂L/∂w&lt;sub&gt;i&lt;/sub&gt; = δ·x&lt;sub&gt;i&lt;/sub&gt;</source>
        <translation>δ = ∂L/∂z = &lt;b&gt;%1&lt;/b&gt;; ∂L/∂b = δ; ∂L/∂w&lt;sub&gt;i&lt;/sub&gt; = δ·x&lt;sub&gt;i&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>η = %1: w&lt;sub&gt;i&lt;/sub&gt; ← w&lt;sub&gt;i&lt;/sub&gt; − η·∂L/∂w&lt;sub&gt;i&lt;/sub&gt;; b ← %2 − %1·(%3) = &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>η = %1: w&lt;sub&gt;i&lt;/sub&gt; ← w&lt;sub&gt;i&lt;/sub&gt; − η·∂L/∂w&lt;sub&gt;i&lt;/sub&gt;; b ← %2 − %1·(%3) = &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;The project trains with %1, which scales each step by its running averages; this is the plain gradient-descent rule.&lt;/i&gt;</source>
        <translation>&lt;i&gt;本项目使用 %1 训练，它会根据梯度的滑动平均值缩放每一步；这里显示的是普通梯度下降的规则。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>i</source>
        <translation>i</translation>
    </message>
    <message>
        <source>xᵢ</source>
        <translation>xᵢ</translation>
    </message>
    <message>
        <source>wᵢ</source>
        <translation>wᵢ</translation>
    </message>
    <message>
        <source>wᵢ·xᵢ</source>
        <translation>wᵢ·xᵢ</translation>
    </message>
    <message>
        <source>∂L/∂wᵢ = δ·xᵢ</source>
        <translation>∂L/∂wᵢ = δ·xᵢ</translation>
    </message>
    <message>
        <source>wᵢ − η·∂L/∂wᵢ</source>
        <translation>wᵢ − η·∂L/∂wᵢ</translation>
    </message>
    <message>
        <source>Type a weight to check a worked exercise; Ctrl+Z takes it back</source>
        <translation>输入一个权重来核对练习的计算结果；按 Ctrl+Z 可撤销</translation>
    </message>
</context>
<context>
    <name>nw::gui::MetricChart</name>
    <message>
        <source>Step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <source>training (step)</source>
        <translation>训练（每步）</translation>
    </message>
    <message>
        <source>training (epoch)</source>
        <translation>训练（每轮）</translation>
    </message>
    <message>
        <source>validation (epoch)</source>
        <translation>验证（每轮）</translation>
    </message>
    <message>
        <source>learning rate (step)</source>
        <translation>学习率（每步）</translation>
    </message>
    <message>
        <source>learning rate (epoch)</source>
        <translation>学习率（每轮）</translation>
    </message>
</context>
<context>
    <name>nw::gui::MetricsDock</name>
    <message>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <source>Smoothing of the per-step curves (an exponential moving average)</source>
        <translation>每步曲线的平滑程度（指数移动平均）</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>Show every step again after zooming (or double-click a chart)</source>
        <translation>缩放后重新显示所有步（或双击图表）</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save both charts as PNG or SVG pictures, or their data as CSV</source>
        <translation>将两张图表保存为 PNG 或 SVG 图片，或将其数据保存为 CSV</translation>
    </message>
    <message>
        <source>Smoothing</source>
        <translation>平滑</translation>
    </message>
    <message>
        <source>training, per step</source>
        <translation>训练，每步</translation>
    </message>
    <message>
        <source>training, per epoch</source>
        <translation>训练，每轮</translation>
    </message>
    <message>
        <source>validation, per epoch</source>
        <translation>验证，每轮</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Export Charts</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG pictures (*.png);;SVG pictures (*.svg);;CSV data (*.csv)</source>
        <translation>PNG 图片 (*.png);;SVG 图片 (*.svg);;CSV 数据 (*.csv)</translation>
    </message>
</context>
<context>
    <name>nw::gui::NeuronMapOverlay</name>
    <message>
        <source>What each neuron of this layer computes over the plane (%1 neurons)</source>
        <translation>该层每个神经元在平面上计算的结果（%1 个神经元）</translation>
    </message>
</context>
<context>
    <name>nw::gui::NodeItem</name>
    <message>
        <source>Disabled: passes its input through unchanged.</source>
        <translation>已禁用：将输入原样传递。</translation>
    </message>
    <message>
        <source>Click to fix: %1</source>
        <translation>单击以修复：%1</translation>
    </message>
</context>
<context>
    <name>nw::gui::PaletteDock</name>
    <message>
        <source>Layers</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Search layers</source>
        <translation>搜索层</translation>
    </message>
    <message>
        <source>Filter the layers by name, description or category; Enter adds the first match</source>
        <translation>按名称、描述或类别筛选层；按 Enter 键添加第一个匹配项</translation>
    </message>
    <message>
        <source>No layer matches this search.</source>
        <translation>没有与搜索匹配的层。</translation>
    </message>
</context>
<context>
    <name>nw::gui::ProblemsDock</name>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>修复</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>修复：%1</translation>
    </message>
    <message>
        <source>%1 layer; click to select it</source>
        <translation>%1 层；单击即可选中</translation>
    </message>
    <message>
        <source>The network as a whole</source>
        <translation>整个网络</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>The data set and how it is scaled</source>
        <translation>数据集及其缩放方式</translation>
    </message>
    <message>
        <source>Make the change the message suggests (Edit → Undo takes a layer&apos;s change back)</source>
        <translation>按照消息的建议进行修改（“编辑 → 撤销”可撤回对层的修改）</translation>
    </message>
    <message>
        <source>Nothing to check yet: drag an Input layer from the palette to begin.</source>
        <translation>尚无可检查的内容：从层面板拖入一个 Input 层即可开始。</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>没有问题</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>问题（%1）</translation>
    </message>
</context>
<context>
    <name>nw::gui::ProjectDocument</name>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Set Weight</source>
        <translation>设置权重</translation>
    </message>
</context>
<context>
    <name>nw::gui::ProjectFileController</name>
    <message>
        <source>New project</source>
        <translation>新项目</translation>
    </message>
    <message>
        <source>Could not open the template “%1”.</source>
        <translation>无法打开模板“%1”。</translation>
    </message>
    <message>
        <source>New project from %1</source>
        <translation>基于 %1 的新项目</translation>
    </message>
    <message>
        <source>Could not open “%1”.</source>
        <translation>无法打开“%1”。</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>The folder of “%1” cannot be written: choose where to save it.</source>
        <translation>无法写入“%1”所在的文件夹：请选择保存位置。</translation>
    </message>
    <message>
        <source>Could not save “%1”.</source>
        <translation>无法保存“%1”。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>%1[*] — %2</source>
        <translation>%1[*] — %2</translation>
    </message>
    <message>
        <source>Could not import “%1”.</source>
        <translation>无法导入“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n layers with their trained weights.</source>
        <translation>
            <numerusform>已导入 %1：%n 个层及其训练好的权重。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nw::gui::RecentFiles</name>
    <message>
        <source>No recent files</source>
        <translation>没有最近打开的文件</translation>
    </message>
    <message>
        <source>Clear Recent Files</source>
        <translation>清除最近打开的文件</translation>
    </message>
</context>
<context>
    <name>nw::gui::RunsDock</name>
    <message>
        <source>Runs</source>
        <translation>运行记录</translation>
    </message>
    <message>
        <source>Select runs to draw their curves over the charts; settings that differ from the current run are highlighted.</source>
        <translation>选中若干运行，即可将它们的曲线叠加到图表上；与当前运行不同的设置会突出显示。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Put the selected run&apos;s network and settings back into the project</source>
        <translation>将所选运行的网络和设置恢复到项目中</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export Runs</source>
        <translation>导出运行记录</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1（当前）</translation>
    </message>
    <message>
        <source>Differs from run %1: %2</source>
        <translation>与运行 %1 的不同之处：%2</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>运行 %1</translation>
    </message>
    <message>
        <source>Restore the Network of Run %1</source>
        <translation>恢复运行 %1 的网络</translation>
    </message>
    <message>
        <source>Delete run %1?</source>
        <translation>删除运行 %1？</translation>
    </message>
    <message>
        <source>Delete these %1 runs?</source>
        <translation>删除这 %1 次运行？</translation>
    </message>
</context>
<context>
    <name>nw::gui::ScheduleBox</name>
    <message>
        <source>Schedule and stopping</source>
        <translation>学习率调度与停止</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>恒定</translation>
    </message>
    <message>
        <source>Step decay</source>
        <translation>阶梯衰减</translation>
    </message>
    <message>
        <source>Exponential</source>
        <translation>指数衰减</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>余弦退火</translation>
    </message>
    <message>
        <source>One-cycle</source>
        <translation>单周期</translation>
    </message>
    <message>
        <source>Reduce on plateau</source>
        <translation>平台期衰减</translation>
    </message>
    <message>
        <source>How the learning rate changes over the epochs; the Learning rate chart shows the rate each step used</source>
        <translation>学习率在各轮中如何变化；学习率图表显示每一步实际使用的学习率</translation>
    </message>
    <message>
        <source>The rate rises from zero to its value over these first epochs</source>
        <translation>在最初的这几轮中，学习率从零逐渐升到设定值</translation>
    </message>
    <message>
        <source>The rate is multiplied by this at each step down</source>
        <translation>每次下调时，学习率乘以这个系数</translation>
    </message>
    <message>
        <source>The rate is multiplied by this after every epoch</source>
        <translation>每轮结束后，学习率乘以这个系数</translation>
    </message>
    <message>
        <source>The lowest rate, as a fraction of the learning rate</source>
        <translation>最低学习率，以学习率的比例表示</translation>
    </message>
    <message>
        <source>Epochs without a lower validation loss before the rate is lowered</source>
        <translation>验证损失连续多少轮没有降低后下调学习率</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>验证准确率</translation>
    </message>
    <message>
        <source>Stop when this validation figure has not improved for a number of epochs</source>
        <translation>当这个验证指标连续若干轮没有改善时停止训练</translation>
    </message>
    <message>
        <source>Keep the best epoch&apos;s weights</source>
        <translation>保留最佳一轮的权重</translation>
    </message>
    <message>
        <source>Scales the gradients down so that their joint length is at most this</source>
        <translation>按比例缩小梯度，使其整体长度不超过此值</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>调度方式</translation>
    </message>
    <message>
        <source>Warm-up epochs</source>
        <translation>预热轮数</translation>
    </message>
    <message>
        <source>Step every (epochs)</source>
        <translation>下调间隔（轮）</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>系数</translation>
    </message>
    <message>
        <source>Factor per epoch</source>
        <translation>每轮系数</translation>
    </message>
    <message>
        <source>Lowest factor</source>
        <translation>最低系数</translation>
    </message>
    <message>
        <source>Patience (epochs)</source>
        <translation>耐心值（轮）</translation>
    </message>
    <message>
        <source>Early stopping</source>
        <translation>早停</translation>
    </message>
    <message>
        <source>Stop after (epochs)</source>
        <translation>无改善后停止（轮）</translation>
    </message>
    <message>
        <source>Clip gradients</source>
        <translation>梯度裁剪</translation>
    </message>
</context>
<context>
    <name>nw::gui::SummaryBar</name>
    <message>
        <source>Layers in the network</source>
        <translation>网络中的层数</translation>
    </message>
    <message>
        <source>Trainable parameters (weights and biases)</source>
        <translation>可训练参数（权重和偏置）</translation>
    </message>
    <message>
        <source>Floating-point operations of one forward pass for one sample (a multiply-add counts 2)</source>
        <translation>单个样本一次前向传播的浮点运算次数（一次乘加计为 2 次）</translation>
    </message>
    <message>
        <source>Problems to fix before training; see the Problems list</source>
        <translation>训练前需要修复的问题；请查看问题列表</translation>
    </message>
    <message>
        <source>1 layer</source>
        <translation>1 个层</translation>
    </message>
    <message>
        <source>%1 layers</source>
        <translation>%1 个层</translation>
    </message>
    <message>
        <source>%1 parameters</source>
        <translation>%1 个参数</translation>
    </message>
    <message>
        <source>%1 FLOPs/sample</source>
        <translation>%1 FLOPs/样本</translation>
    </message>
    <message>
        <source>≈ %1 to train</source>
        <translation>训练约需 %1</translation>
    </message>
    <message>
        <source>Estimated memory for one training step at batch size %1: parameters, their gradients and Adam&apos;s two moments, plus every layer&apos;s activations and their gradients for the batch, in 32-bit floats</source>
        <translation>批量大小为 %1 时一个训练步所需的估计内存：包括参数、参数的梯度和 Adam 的两个矩估计，以及该批量中每一层的激活值及其梯度，均按 32 位浮点数计算</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>没有问题</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 个问题</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 个问题</translation>
    </message>
</context>
<context>
    <name>nw::gui::SweepDialog</name>
    <message>
        <source>Sweep</source>
        <translation>参数扫描</translation>
    </message>
    <message>
        <source>And</source>
        <translation>和</translation>
    </message>
    <message>
        <source>0.001,0.01,0.1  or  1e-4..1e-1:log4  or  0..0.5:6</source>
        <translation>0.001,0.01,0.1  或  1e-4..1e-1:log4  或  0..0.5:6</translation>
    </message>
    <message>
        <source>Values separated by commas, or a range lo..hi:N with N values evenly spaced (lo..hi:logN: evenly on a log scale), both ends included</source>
        <translation>用逗号分隔的取值，或者一个范围 lo..hi:N，表示 N 个均匀分布的取值（lo..hi:logN 表示在对数刻度上均匀分布），包含两个端点</translation>
    </message>
    <message>
        <source> epochs per run</source>
        <translation> 轮（每次运行）</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Start Sweep</source>
        <translation>开始扫描</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Double-click a run to show it in the Runs panel</source>
        <translation>双击一次运行，可在运行记录面板中显示它</translation>
    </message>
    <message>
        <source>training…</source>
        <translation>正在训练…</translation>
    </message>
    <message>
        <source>Run %1 of %2: %3</source>
        <translation>运行 %1/%2：%3</translation>
    </message>
    <message>
        <source>Choose two different settings.</source>
        <translation>请选择两个不同的设置。</translation>
    </message>
    <message>
        <source>1 run of %1 epochs</source>
        <translation>1 次运行，共 %1 轮</translation>
    </message>
    <message numerus="yes">
        <source>%n runs of %1 epochs each, one after another</source>
        <translation>
            <numerusform>%n 次运行，每次 %1 轮，依次进行</numerusform>
        </translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Best validation accuracy of each run (darker is better)</source>
        <translation>每次运行的最佳验证准确率（颜色越深越好）</translation>
    </message>
    <message>
        <source>Final validation loss of each run (darker is better)</source>
        <translation>每次运行的最终验证损失（颜色越深越好）</translation>
    </message>
    <message>
        <source>Final training loss of each run (darker is better)</source>
        <translation>每次运行的最终训练损失（颜色越深越好）</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>已发散</translation>
    </message>
    <message>
        <source>Run %1: %2 · %3 epochs · %4 s</source>
        <translation>运行 %1：%2 · %3 轮 · %4 秒</translation>
    </message>
</context>
<context>
    <name>nw::gui::SweepRunner</name>
    <message>
        <source>A network is training: stop it before a sweep.</source>
        <translation>有网络正在训练：请先停止训练，再进行参数扫描。</translation>
    </message>
    <message numerus="yes">
        <source>Sweep stopped after %n of %1 runs.</source>
        <translation>
            <numerusform>参数扫描已停止：共 %1 次运行，已完成 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sweep finished: its one run is in the Runs panel.</source>
        <translation>参数扫描完成：唯一的一次运行已列在运行记录面板中。</translation>
    </message>
    <message numerus="yes">
        <source>Sweep finished: %n runs, one per combination; the Runs panel compares them.</source>
        <translation>
            <numerusform>参数扫描完成：共 %n 次运行，每种组合一次；可在运行记录面板中比较它们。</numerusform>
        </translation>
    </message>
    <message>
        <source>The sweep could not start run %1.</source>
        <translation>参数扫描无法启动运行 %1。</translation>
    </message>
    <message>
        <source>The sweep ended at run %1 of %2: %3</source>
        <translation>参数扫描在第 %1 次运行（共 %2 次）时结束：%3</translation>
    </message>
</context>
<context>
    <name>nw::gui::TemplateGallery</name>
    <message>
        <source>New Project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Start from an empty canvas or from a network that already works:</source>
        <translation>从空白画布开始，或从一个已经可以使用的网络开始：</translation>
    </message>
    <message>
        <source>Empty project</source>
        <translation>空白项目</translation>
    </message>
    <message>
        <source>A blank canvas: drag layers from the palette and wire them.</source>
        <translation>空白画布：从层面板中拖入层并连线。</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>No layers yet</source>
        <translation>还没有层</translation>
    </message>
</context>
<context>
    <name>nw::gui::TrainingController</name>
    <message>
        <source>Stop training before resetting the weights.</source>
        <translation>请先停止训练，再重置权重。</translation>
    </message>
    <message>
        <source>Weights reset: the next run starts from fresh weights drawn from the seed.</source>
        <translation>权重已重置：下一次运行将从由随机种子生成的全新权重开始。</translation>
    </message>
    <message>
        <source> The network changed since it was trained, so this is a new run from fresh weights; the earlier one stays in the Runs panel.</source>
        <translation>网络自上次训练以来已被修改，因此这是一次使用全新权重的新运行；之前的运行仍保留在运行记录面板中。</translation>
    </message>
    <message>
        <source>Preparing the data…</source>
        <translation>正在准备数据…</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>正在训练…</translation>
    </message>
    <message>
        <source>Training could not start: %1</source>
        <translation>无法开始训练：%1</translation>
    </message>
    <message>
        <source>Training diverged: the loss is no longer a finite number, so the run stopped. The weights of the last finite step are kept. Try a lower learning rate than %1.</source>
        <translation>训练发散：损失不再是有限数值，因此运行已停止。已保留最后一个有限步的权重。请尝试使用低于 %1 的学习率。</translation>
    </message>
    <message>
        <source>, validation accuracy %1%</source>
        <translation>，验证准确率 %1%</translation>
    </message>
    <message>
        <source>Training finished after epoch %1%2.</source>
        <translation>训练在第 %1 轮后完成%2。</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation>验证准确率</translation>
    </message>
    <message>
        <source>Stopped early after epoch %1: the %2 did not improve for %3 epochs, so the weights of its best epoch, %4, were restored.</source>
        <translation>在第 %1 轮后提前停止：%2 连续 %3 轮没有改善，因此已恢复其最佳一轮（第 %4 轮）的权重。</translation>
    </message>
    <message>
        <source>Stopped early after epoch %1: the %2 did not improve for %3 epochs; its best epoch was %4.</source>
        <translation>在第 %1 轮后提前停止：%2 连续 %3 轮没有改善；最佳一轮是第 %4 轮。</translation>
    </message>
    <message>
        <source>Training stopped after step %1; the weights trained so far are kept.</source>
        <translation>训练在第 %1 步后停止；已保留目前训练得到的权重。</translation>
    </message>
    <message>
        <source>Training stopped because the network was edited: the weights of this run belong to the network as it was, so they were not kept. Press Train to train the new network.</source>
        <translation>由于网络已被编辑，训练已停止：这次运行的权重属于编辑前的网络，因此没有保留。请按“训练”来训练新的网络。</translation>
    </message>
</context>
<context>
    <name>nw::gui::TrainingDock</name>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Slow the training down to watch it learn step by step; the numbers stay the same. Can be changed while training runs.</source>
        <translation>放慢训练速度，以便一步一步观察它的学习过程；计算结果保持不变。可在训练过程中修改。</translation>
    </message>
    <message>
        <source>As fast as possible</source>
        <translation>尽可能快</translation>
    </message>
    <message>
        <source>1 step per second</source>
        <translation>每秒 1 步</translation>
    </message>
    <message>
        <source>%1 steps per second</source>
        <translation>每秒 %1 步</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Softmax cross-entropy</source>
        <translation>Softmax 交叉熵</translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation>均方误差</translation>
    </message>
    <message>
        <source>Binary cross-entropy</source>
        <translation>二元交叉熵</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>动量法</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>RMSprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <source>Can be changed while training runs; takes effect at the next step</source>
        <translation>可在训练过程中修改；从下一步开始生效</translation>
    </message>
    <message>
        <source>Draws the initial weights and the order of the samples: the same seed gives the same numbers</source>
        <translation>用于生成初始权重和样本顺序：相同的随机种子会得到相同的数值</translation>
    </message>
    <message>
        <source>All cores</source>
        <translation>全部核心</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失函数</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批量大小</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>训练轮数</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>权重衰减</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>线程数</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <source>Train the network, or resume a paused run</source>
        <translation>训练网络，或继续已暂停的运行</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Pause the run after the current batch</source>
        <translation>在当前批量结束后暂停运行</translation>
    </message>
    <message>
        <source>S&amp;tep</source>
        <translation>单步(&amp;T)</translation>
    </message>
    <message>
        <source>Train exactly one mini-batch, then pause</source>
        <translation>只训练一个小批量，然后暂停</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>停止(&amp;O)</translation>
    </message>
    <message>
        <source>Stop the run and keep the weights trained so far</source>
        <translation>停止运行，并保留目前训练得到的权重</translation>
    </message>
    <message>
        <source>&amp;Reset Weights</source>
        <translation>重置权重(&amp;R)</translation>
    </message>
    <message>
        <source>Forget the trained weights and the history; the next run starts afresh</source>
        <translation>丢弃已训练的权重和历史记录；下一次运行将重新开始</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>Locked by the assignment</source>
        <translation>已被作业锁定</translation>
    </message>
    <message>
        <source>Epoch %1/%2</source>
        <translation>第 %1/%2 轮</translation>
    </message>
    <message>
        <source>batch %1/%2</source>
        <translation>批量 %1/%2</translation>
    </message>
    <message>
        <source>%1 samples/s</source>
        <translation>%1 样本/秒</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
</context>
</TS>
